using StencilBench.Harness.Targets;

namespace StencilBench.Tests.PerTarget;

/// <summary>An emulator that gives the verdicts it was made with (every workload agrees but those named wrong) and counts its checks.</summary>
public sealed class FakeEmulator(string? unavailable = null, params string[] wrong) : ITargetEmulator
{
    public int Checks { get; private set; }

    public string? Unavailable(string triple) => unavailable;

    public string Name(string triple) => "fake-qemu";

    public IReadOnlyList<EmulatedOutcome> Check(string triple, IReadOnlyList<string> workloads, IReadOnlyList<string> backends, TimeSpan limit)
    {
        Checks++;
        return [.. workloads.SelectMany(w => backends.Select(b => wrong.Contains(w) && b != "interp"
            ? new EmulatedOutcome(w, b, false, "exit 2, expected 1")
            : new EmulatedOutcome(w, b, true, "")))];
    }
}
