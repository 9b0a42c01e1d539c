using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Plotting;

/// <summary>
/// Total time (codegen + iterations × ns per iteration) against loop iterations for one workload,
/// log-log: where a JIT's line crosses interp's is its break-even point.
/// </summary>
public static class BreakEvenChart
{
    public const string Name = "breakeven";

    public static Plot Build(ResultSet set, BackendLineup lineup, string? workload)
    {
        var rows = set.Ok(Kinds.Execution).ToList();
        workload ??= rows.GroupBy(r => r.Workload).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "";
        var plot = ChartStyle.NewPlot($"Break-even: total time against iterations ({workload})", "loop iterations", "codegen + run time, ns", RunCaption.Of(set));
        double[] xs = [.. Enumerable.Range(0, 41).Select(i => i * 0.2)];
        foreach (var r in lineup.Ordered(rows.Where(r => r.Workload == workload).Select(r => r.Backend)).Select(b => rows.First(r => r.Workload == workload && r.Backend == b)))
        {
            double codegen = double.IsNaN(r.CodegenNs) ? 0 : r.CodegenNs;
            double[] ys = [.. xs.Select(x => Math.Log10(Math.Max(1, BreakEven.TotalNs(codegen, r.Median, Math.Pow(10, x)))))];
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = r.Backend;
            line.Color = ChartStyle.ColorOf(lineup, r.Backend);
            line.MarkerSize = 0;
            line.LineWidth = 2;
        }
        ChartStyle.LogAxis(plot.Axes.Left);
        ChartStyle.LogAxis(plot.Axes.Bottom);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
