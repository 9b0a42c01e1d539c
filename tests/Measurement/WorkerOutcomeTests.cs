using StencilBench.Harness.Workers;

namespace StencilBench.Tests.Measurement;

/// <summary>The failure note of a worker that ended badly names its signal, its exit code or its time limit.</summary>
public sealed class WorkerOutcomeTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    [Fact]
    public void A_worker_killed_by_a_signal_is_named_by_the_signal() =>
        Assert.Equal("worker died: SIGBUS (signal 7)", new WorkerOutcome(128 + 7, TimedOut: false, Limit, null).Describe());

    [Fact]
    public void A_worker_that_exits_with_a_code_is_named_by_its_exit_code() =>
        Assert.Equal("worker failed: exit code 3", new WorkerOutcome(3, TimedOut: false, Limit, null).Describe());

    [Fact]
    public void A_failing_worker_s_last_error_line_follows_its_exit_code() =>
        Assert.Equal("worker failed: exit code 2: stencilbench: out of memory", new WorkerOutcome(2, TimedOut: false, Limit, "stencilbench: out of memory").Describe());

    [Fact]
    public void A_worker_s_last_error_line_is_escaped_and_shortened()
    {
        string note = new WorkerOutcome(1, TimedOut: false, Limit, "\u0007" + new string('x', 5000)).Describe();
        Assert.StartsWith("worker failed: exit code 1: \\x07xxx", note, StringComparison.Ordinal);
        Assert.EndsWith("…", note, StringComparison.Ordinal);
        Assert.True(note.Length < 400, $"{note.Length} characters");
    }

    [Fact]
    public void A_worker_past_its_time_limit_is_named_by_the_limit() =>
        Assert.Equal("worker killed after 20 s (time limit)", new WorkerOutcome(137, TimedOut: true, Limit, "busy").Describe());

    [Fact]
    public void A_worker_killed_because_the_run_stopped_did_not_succeed() =>
        Assert.False(new WorkerOutcome(0, TimedOut: false, Limit, null, Cancelled: true).Succeeded);

    [Fact]
    public void A_worker_killed_by_the_terminal_s_sigint_was_interrupted_not_failed() =>
        Assert.True(new WorkerOutcome(128 + 2, TimedOut: false, Limit, null).Interrupted);

    [Fact]
    public void A_worker_killed_by_sigsegv_was_not_interrupted() =>
        Assert.False(new WorkerOutcome(128 + 11, TimedOut: false, Limit, null).Interrupted);
}
