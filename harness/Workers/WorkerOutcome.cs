using StencilBench.Workloads.Format;

namespace StencilBench.Harness.Workers;

/// <summary>How a worker ended: its exit code, the signal that killed it, or killed past its time limit.</summary>
/// <param name="LastError">The last line it wrote to stderr, if any.</param>
/// <param name="Cancelled">Killed because the run was stopped (Ctrl-C), not for anything it did.</param>
public sealed record WorkerOutcome(int ExitCode, bool TimedOut, TimeSpan Limit, string? LastError, bool Cancelled = false)
{
    /// <summary>The longest stretch of the worker's last stderr line a failure note keeps.</summary>
    public const int MaxErrorChars = 300;

    /// <summary>On Unix .NET reports a process killed by signal N as exit code 128 + N.</summary>
    public int? Signal => !TimedOut && ExitCode > 128 && ExitCode < 128 + 65 ? ExitCode - 128 : null;

    public bool Succeeded => !TimedOut && !Cancelled && ExitCode == 0;

    /// <summary>
    /// Ended by a Ctrl-C, not by anything it ran: killed because the run stopped, or killed by the
    /// SIGINT a terminal sends every process of the foreground group (workers included), which
    /// may reach the worker before this process has begun to stop.
    /// </summary>
    public bool Interrupted => Cancelled || Signal == SigInt;

    private const int SigInt = 2;

    /// <summary>
    /// One line for a failure row: "worker died: SIGSEGV (signal 11)", "worker failed: exit code 3",
    /// "worker killed after 20 s (time limit)"; the worker's last stderr line follows, shortened
    /// and with control characters escaped.
    /// </summary>
    public string Describe() =>
        (TimedOut ? $"worker killed after {Limit.TotalSeconds:0.#} s (time limit)"
        : Signal is int s ? $"worker died: {SignalNames.Of(s)} (signal {s})"
        : $"worker failed: exit code {ExitCode}")
        + (!TimedOut && LastError is { Length: > 0 } e ? $": {OneLine.Of(e, MaxErrorChars)}" : "");
}
