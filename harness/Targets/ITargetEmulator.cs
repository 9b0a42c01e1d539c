namespace StencilBench.Harness.Targets;

/// <summary>One workload on one backend, checked under emulation: whether it agreed, and what was wrong.</summary>
public sealed record EmulatedOutcome(string Workload, string Backend, bool Agrees, string Note);

/// <summary>Runs code of another target here for correctness only (its times mean nothing).</summary>
public interface ITargetEmulator
{
    /// <summary>Null when <paramref name="triple"/> can be checked here; otherwise why not, in one line.</summary>
    string? Unavailable(string triple);

    /// <summary>What the emulator is (shown in notes), e.g. <c>qemu-aarch64-static</c>.</summary>
    string Name(string triple);

    /// <summary>Each workload on each backend against the target's interpreter and the expectations.</summary>
    /// <exception cref="InvalidOperationException">The emulated process failed without a verdict, or took longer than <paramref name="limit"/>.</exception>
    IReadOnlyList<EmulatedOutcome> Check(string triple, IReadOnlyList<string> workloads, IReadOnlyList<string> backends, TimeSpan limit);
}
