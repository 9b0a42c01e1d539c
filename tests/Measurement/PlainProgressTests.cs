using StencilBench.Harness.Cli;

namespace StencilBench.Tests.Measurement;

/// <summary>Progress lines on a stderr that is not a terminal: steps done, elapsed time, time left at the pace so far.</summary>
public sealed class PlainProgressTests
{
    private static string After(int done, int steps, TimeSpan elapsed, string status = "")
    {
        var output = new StringWriter();
        var progress = new PlainProgress(steps, output, () => elapsed);
        progress.Status(status);
        for (int i = 0; i < done; i++)
        {
            progress.StepDone();
        }
        return output.ToString().TrimEnd().Split('\n')[^1];
    }

    [Fact]
    public void A_step_done_prints_one_line() =>
        Assert.Single(After(1, 4, TimeSpan.FromSeconds(10)).Split('\n'));

    [Fact]
    public void The_time_left_is_the_pace_so_far_times_the_steps_left() =>
        Assert.Equal("progress: 1/4 (25%), 0:10 elapsed, ETA 0:30", After(1, 4, TimeSpan.FromSeconds(10)));

    [Fact]
    public void The_last_step_says_done() =>
        Assert.EndsWith("done", After(4, 4, TimeSpan.FromSeconds(40)));

    [Fact]
    public void The_line_names_what_was_being_measured() =>
        Assert.EndsWith("; last: fibonacci: checking template", After(1, 2, TimeSpan.FromSeconds(1), "fibonacci: checking template"));

    [Fact]
    public void Past_an_hour_the_clock_shows_hours() =>
        Assert.Equal("1:01:05", PlainProgress.Clock(TimeSpan.FromSeconds(3665)));
}
