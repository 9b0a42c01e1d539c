using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Plotting;

/// <summary>Codegen time against trace length (generated traces), log-log, one line per backend.</summary>
public static class CodegenScalingChart
{
    public const string Name = "codegen_scaling";

    public static Plot Build(ResultSet set, BackendLineup lineup)
    {
        var plot = ChartStyle.NewPlot("Codegen time against trace length", "uops in the trace", "ns per trace", RunCaption.Of(set));
        var rows = set.Ok(Kinds.CodegenScaling).Where(r => r.Median > 0 && r.Uops > 0).ToList();
        foreach (string b in lineup.Ordered(rows.Select(r => r.Backend)))
        {
            var mine = rows.Where(r => r.Backend == b).OrderBy(r => r.Uops).ToList();
            var line = plot.Add.Scatter(mine.Select(r => Math.Log10(r.Uops)).ToArray(), mine.Select(r => Math.Log10(r.Median)).ToArray());
            line.LegendText = b;
            line.Color = ChartStyle.ColorOf(lineup, b);
            line.LineWidth = 2;
        }
        ChartStyle.LogAxis(plot.Axes.Left);
        ChartStyle.LogAxis(plot.Axes.Bottom);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
