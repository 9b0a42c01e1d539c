using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Plotting;

/// <summary>Execution speed-up over interp by workload, one bar per backend with its 95% CI.</summary>
public static class SpeedupChart
{
    public const string Name = "speedup";

    public static Plot Build(ResultSet set, BackendLineup lineup)
    {
        var plot = ChartStyle.NewPlot("Execution speed-up over the interpreter (95% CI)", "workload", "interp time / backend time");
        var rows = set.Ok(Kinds.Execution).Where(r => !lineup.IsReference(r.Backend) && !double.IsNaN(r.SpeedupVsInterp)).ToList();
        var workloads = rows.Select(r => r.Workload).Distinct().ToList();
        var backends = lineup.Ordered(rows.Select(r => r.Backend)).ToList();
        double width = 0.8 / Math.Max(1, backends.Count);
        for (int b = 0; b < backends.Count; b++)
        {
            var mine = workloads.Select(w => rows.FirstOrDefault(r => r.Workload == w && r.Backend == backends[b])).ToList();
            var bars = mine.Select((r, w) => r is null ? null : new Bar
            {
                Position = w + ((b - ((backends.Count - 1) / 2.0)) * width),
                Value = r.SpeedupVsInterp,
                Size = width * 0.9,
                FillColor = ChartStyle.ColorOf(lineup, backends[b]),
                Error = 0,
            }).OfType<Bar>().ToList();
            plot.Add.Bars(bars);
            var centres = bars.Select(x => x.Position).ToArray();
            var present = mine.OfType<SummaryRow>().ToList();
            var errors = new ScottPlot.Plottables.ErrorBar(centres, [.. present.Select(r => r.SpeedupVsInterp)],
                null, null, [.. present.Select(r => r.SpeedupVsInterp - r.SpeedupCiLow)], [.. present.Select(r => r.SpeedupCiHigh - r.SpeedupVsInterp)])
            {
                Color = Colors.Black,
            };
            plot.Add.Plottable(errors);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = backends[b], FillColor = ChartStyle.ColorOf(lineup, backends[b]) });
        }
        plot.Add.HorizontalLine(1, 1, Colors.Gray, LinePattern.Dashed);
        ChartStyle.Categories(plot, workloads, [.. Enumerable.Range(0, workloads.Count).Select(i => (double)i)]);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
