using ScottPlot;
using ScottPlot.Plottables;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Plotting;

namespace StencilBench.Tests.Plotting;

public sealed class SpeedupChartTests
{
    private static readonly BackendLineup Lineup = new BackendRegistry().Lineup;

    /// <summary>Two workloads on copy-and-patch, speed-ups 2 and 4 (interp 20 ns, backend 10 and 5), intervals lopsided.</summary>
    private static Plot Chart() => SpeedupChart.Build(new ChartRuns()
        .Execution("a", "interp", 20)
        .Execution("a", "copy-and-patch", 10, speedup: 2, low: 1.5, high: 2.1)
        .Execution("b", "interp", 20)
        .Execution("b", "copy-and-patch", 5, speedup: 4, low: 3.9, high: 5)
        .Build(), Lineup);

    private static ErrorBar Whiskers(Plot plot) => plot.GetPlottables().OfType<ErrorBar>().Single();

    [Fact]
    public void Whiskers_start_at_the_interval_low_end()
    {
        var e = Whiskers(Chart());
        Assert.Equal([1.5, 3.9], Enumerable.Range(0, 2).Select(i => Math.Round(e.Ys[i] - e.YErrorNegative![i], 9)));
    }

    [Fact]
    public void Whiskers_end_at_the_interval_high_end()
    {
        var e = Whiskers(Chart());
        Assert.Equal([2.1, 5.0], Enumerable.Range(0, 2).Select(i => Math.Round(e.Ys[i] + e.YErrorPositive![i], 9)));
    }

    [Fact]
    public void Last_group_is_labelled_geomean() =>
        Assert.Equal(["a", "b", SpeedupChart.GeoMeanLabel], BottomLabels(Chart()));

    [Fact]
    public void Geomean_bar_is_the_geometric_mean_of_the_workloads_speed_ups()
    {
        var bars = Chart().GetPlottables().OfType<BarPlot>().SelectMany(b => b.Bars).OrderBy(b => b.Position).ToList();
        Assert.Equal(Math.Sqrt(2 * 4), bars[^1].Value, 9);
    }

    [Fact]
    public void Chart_carries_the_run_id_commit_cpu_and_mode()
    {
        string caption = ChartStyle.CaptionOf(Chart()) ?? "";
        Assert.All(new[] { "2026-12-01T120000-abcdef1-box-quick", "abcdef1", "Test CPU 9000 (2 cores)", "quick mode" }, part => Assert.Contains(part, caption, StringComparison.Ordinal));
    }

    /// <summary>The labels under the bars, as the chart draws them (ticks are made when it renders).</summary>
    private static string[] BottomLabels(Plot plot)
    {
        plot.RenderInMemory(ChartStyle.Width, ChartStyle.Height);
        return [.. plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).OrderBy(t => t.Position).Select(t => t.Label)];
    }
}
