using StencilBench.Harness.Reporting;

namespace StencilBench.Tests.Repro;

/// <summary>How a headline ratio's spread over K runs is judged.</summary>
public sealed class ReproSpreadTests
{
    private static RunFigure Run(double value, double halfWidth) => new($"r{value}", value, value - halfWidth, value + halfWidth);

    [Fact]
    public void Runs_within_ten_percent_whose_intervals_cover_each_other_reproduce()
    {
        var s = ReproSpread.Of("x", [Run(1.00, 0.1), Run(1.05, 0.1), Run(0.97, 0.1)]);
        Assert.Equal(("reproduces", 3), (ReproReport.Verdict(s), s.RunsCoveringOthers));
    }

    [Fact]
    public void The_deviation_is_the_farthest_run_from_the_median_in_percent()
    {
        var s = ReproSpread.Of("x", [Run(1.0, 0.01), Run(1.2, 0.01), Run(1.1, 0.01)]);
        Assert.Equal((1.1, 1.0, 1.2), (s.Median, s.Min, s.Max));
        Assert.Equal(100.0 / 11, s.MaxDeviationPercent, 6);
    }

    [Fact]
    public void A_run_twenty_percent_off_misses_the_target()
    {
        var s = ReproSpread.Of("x", [Run(1.0, 0.5), Run(1.0, 0.5), Run(1.2, 0.5)]);
        Assert.False(s.WithinTarget);
        Assert.True(s.AllCover);
    }

    [Fact]
    public void A_narrow_interval_that_misses_another_run_is_counted()
    {
        var s = ReproSpread.Of("x", [Run(1.00, 0.01), Run(1.02, 0.05), Run(1.01, 0.05)]);
        Assert.Equal(2, s.RunsCoveringOthers);
        Assert.Equal("within ±10%, but some intervals miss other runs", ReproReport.Verdict(s));
    }
}
