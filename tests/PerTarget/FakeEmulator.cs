using StencilBench.Harness.Targets;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.PerTarget;

/// <summary>
/// An emulator that gives the verdicts it was made with (every workload agrees but those named
/// wrong; those named not run are not run) under the label it was given, and counts its checks.
/// </summary>
public sealed class FakeEmulator(string? unavailable = null, params string[] wrong) : ITargetEmulator
{
    public int Checks { get; private set; }

    public string How { get; init; } = "emulated (fake-qemu)";

    public IReadOnlyList<string> NotRun { get; init; } = [];

    public string? Unavailable(string triple) => unavailable;

    public string Label(string triple) => How;

    public IReadOnlyList<EmulatedOutcome> Check(string triple, IReadOnlyList<Workload> workloads, IReadOnlyList<string> backends, TimeSpan limit)
    {
        Checks++;
        return [.. workloads.SelectMany(w => backends.Select(b =>
            NotRun.Contains(w.Name) ? new EmulatedOutcome(w.Name, b, false, "an executor graph", Ran: false)
            : wrong.Contains(w.Name) && b != "interp" ? new EmulatedOutcome(w.Name, b, false, "exit 2, expected 1")
            : new EmulatedOutcome(w.Name, b, true, "")))];
    }
}
