using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Targets;

/// <summary>
/// One workload on one backend, checked where the target's code runs: whether it agreed, and what
/// was wrong. <paramref name="Ran"/> false: not run there at all (<paramref name="Note"/> says why).
/// </summary>
public sealed record EmulatedOutcome(string Workload, string Backend, bool Agrees, string Note, bool Ran = true);

/// <summary>
/// Runs code of another target for correctness only, outside this process: under an emulator, or
/// natively in a loader process that does not time it (either way its times mean nothing here).
/// </summary>
public interface ITargetEmulator
{
    /// <summary>Null when <paramref name="triple"/> can be checked here; otherwise why not, in one line.</summary>
    string? Unavailable(string triple);

    /// <summary>How its code runs, shown in every row and table: <c>emulated (qemu-aarch64-static)</c>; no <c>": "</c> in it.</summary>
    string Label(string triple);

    /// <summary>Each workload on each of <paramref name="backends"/> (interp, copy-and-patch) against the interpreter and the expectations.</summary>
    /// <exception cref="InvalidOperationException">The check failed without a verdict, or took longer than <paramref name="limit"/>.</exception>
    IReadOnlyList<EmulatedOutcome> Check(string triple, IReadOnlyList<Workload> workloads, IReadOnlyList<string> backends, TimeSpan limit);
}
