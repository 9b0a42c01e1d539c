namespace StencilBench.Harness.Workers;

/// <summary>How a worker ended: its exit code, the signal that killed it, or killed past its time limit.</summary>
/// <param name="LastError">The last line it wrote to stderr, if any.</param>
public sealed record WorkerOutcome(int ExitCode, bool TimedOut, TimeSpan Limit, string? LastError)
{
    /// <summary>On Unix .NET reports a process killed by signal N as exit code 128 + N.</summary>
    public int? Signal => !TimedOut && ExitCode > 128 && ExitCode < 128 + 65 ? ExitCode - 128 : null;

    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>One line for a failure row: "worker died: SIGSEGV (signal 11)", "killed after 20 s", ...</summary>
    public string Describe() =>
        TimedOut ? $"worker killed after {Limit.TotalSeconds:0.#} s (time limit)"
        : Signal is int s ? $"worker died: {SignalNames.Of(s)} (signal {s})"
        : $"worker exited with code {ExitCode}" + (LastError is { Length: > 0 } e ? $": {e}" : "");
}
