using ScottPlot.Plottables;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Plotting;
using StencilBench.Harness.Results;

namespace StencilBench.Tests.Plotting;

public sealed class TrendChartTests
{
    private static ResultSet Run(string id, string cpu, double codegen) =>
        new ChartRuns(runId: id, cpu: cpu).Codegen("a", "copy-and-patch", codegen, codeBytes: 100).Build();

    private static readonly IReadOnlyList<ResultSet> TwoMachines =
    [
        Run("2026-12-01T100000-aaaaaaa-one-quick", "CPU one", 1000),
        Run("2026-12-01T110000-bbbbbbb-two-quick", "CPU two", 100_000),
        Run("2026-12-01T120000-ccccccc-one-quick", "CPU one", 1100),
    ];

    [Fact]
    public void Runs_of_two_machines_are_two_lines() =>
        Assert.Equal(2, TrendChart.Build(TwoMachines, new BackendRegistry().Lineup, "codegen").GetPlottables().OfType<Scatter>().Count());

    /// <summary>Codegen ns per uop is the median over 10 uops: 100, 10,000 and 110, drawn as their log10.</summary>
    [Fact]
    public void Codegen_trend_is_drawn_on_a_log_axis() =>
        Assert.Equal([2.0, Math.Round(Math.Log10(110), 9), 4.0], TrendChart.Build(TwoMachines, new BackendRegistry().Lineup, "codegen")
            .GetPlottables().OfType<Scatter>().SelectMany(s => s.Data.GetScatterPoints()).Select(p => Math.Round(p.Y, 9)).Order());
}
