using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;
using StencilBench.Harness.Targets;

namespace StencilBench.Harness.Plotting;

/// <summary>
/// Per target, grouped by target: a bar per strategy for codegen ns per uop (log scale) or code
/// bytes per uop, from the run's <see cref="Kinds.TargetCodegen"/> rows.
/// </summary>
public static class TargetChart
{
    public const string CodegenName = "codegen_per_uop_by_target", BytesName = "code_bytes_per_uop_by_target";

    public static Plot Codegen(ResultSet set, BackendLineup lineup) =>
        Build(set, lineup, "Codegen time per uop by target, timed on the host (log scale)", "ns per uop", f => f.CodegenNsPerUop, log: true);

    public static Plot Bytes(ResultSet set, BackendLineup lineup) =>
        Build(set, lineup, "Code size per uop by target", "bytes of machine code per uop", f => f.CodeBytesPerUop, log: false);

    private static Plot Build(ResultSet set, BackendLineup lineup, string title, string yLabel, Func<TargetFigure, double> value, bool log)
    {
        var plot = ChartStyle.NewPlot(title, "target", yLabel, RunCaption.Of(set));
        var figures = TargetFigures.Of(set.Rows, TargetFigures.HostOf(set.Rows)).Where(f => value(f) > 0).ToList();
        var targets = figures.Select(f => f.Target).Distinct().ToList();
        var strategies = lineup.Ordered(figures.Select(f => f.Strategy)).ToList();
        double floor = log && figures.Count > 0 ? Math.Floor(Math.Log10(figures.Min(value))) : 0;
        double width = 0.8 / Math.Max(1, strategies.Count);
        for (int s = 0; s < strategies.Count; s++)
        {
            var bars = new List<Bar>();
            for (int t = 0; t < targets.Count; t++)
            {
                if (figures.FirstOrDefault(f => f.Target == targets[t] && f.Strategy == strategies[s]) is { } f)
                {
                    double v = value(f);
                    bars.Add(new Bar
                    {
                        Position = t - 0.4 + (width * (s + 0.5)),
                        Value = log ? Math.Log10(v) : v,
                        ValueBase = floor,
                        Size = width * 0.9,
                        FillColor = ChartStyle.ColorOf(lineup, strategies[s]),
                    });
                }
            }
            var plotted = plot.Add.Bars(bars);
            plotted.LegendText = strategies[s];
        }
        ChartStyle.Categories(plot, targets, [.. Enumerable.Range(0, targets.Count).Select(i => (double)i)]);
        if (log)
        {
            ChartStyle.LogAxis(plot.Axes.Left);
        }
        else
        {
            plot.Axes.Margins(bottom: 0);
        }
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
