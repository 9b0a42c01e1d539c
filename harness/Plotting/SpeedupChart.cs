using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Plotting;

/// <summary>
/// Execution speed-up over interp by workload, one bar per backend with its 95% CI, and a last
/// group, "geomean": each backend's geometric mean over workloads with its bootstrap interval.
/// </summary>
public static class SpeedupChart
{
    public const string Name = "speedup";
    public const string GeoMeanLabel = "geomean";

    public static Plot Build(ResultSet set, BackendLineup lineup)
    {
        var plot = ChartStyle.NewPlot("Execution speed-up over the interpreter (95% CI)", "workload", "interp time / backend time", RunCaption.Of(set));
        var rows = set.Ok(Kinds.Execution).Where(r => !lineup.IsReference(r.Backend) && !double.IsNaN(r.SpeedupVsInterp)).ToList();
        var workloads = rows.Select(r => r.Workload).Distinct().ToList();
        var backends = lineup.Ordered(rows.Select(r => r.Backend)).ToList();
        double width = 0.8 / Math.Max(1, backends.Count);
        for (int b = 0; b < backends.Count; b++)
        {
            var points = new List<(double X, double Value, double Low, double High)>();
            for (int w = 0; w < workloads.Count; w++)
            {
                if (rows.FirstOrDefault(r => r.Workload == workloads[w] && r.Backend == backends[b]) is { } r)
                {
                    points.Add((w, r.SpeedupVsInterp, r.SpeedupCiLow, r.SpeedupCiHigh));
                }
            }
            var geo = RatioAnalysis.Compute(set, Kinds.Execution, lineup.Reference, backends[b]);
            if (!double.IsNaN(geo.GeoMean))
            {
                points.Add((workloads.Count, geo.GeoMean, geo.Low, geo.High));
            }
            double offset = (b - ((backends.Count - 1) / 2.0)) * width;
            var colour = ChartStyle.ColorOf(lineup, backends[b]);
            plot.Add.Bars(points.Select(p => new Bar { Position = p.X + offset, Value = p.Value, Size = width * 0.9, FillColor = colour }).ToArray());
            AddInterval(plot, [.. points.Where(p => !double.IsNaN(p.Low) && !double.IsNaN(p.High)).Select(p => (p.X + offset, p.Value, p.Low, p.High))]);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = backends[b], FillColor = colour });
        }
        plot.Add.HorizontalLine(1, 1, Colors.Gray, LinePattern.Dashed);
        if (workloads.Count > 0)
        {
            plot.Add.VerticalLine(workloads.Count - 0.5, 1, Colors.Gray, LinePattern.Dotted);
        }
        ChartStyle.Categories(plot, [.. workloads, GeoMeanLabel], [.. Enumerable.Range(0, workloads.Count + 1).Select(i => (double)i)]);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    /// <summary>Whiskers from each interval's low end to its high end, drawn through the bar's value.</summary>
    private static void AddInterval(Plot plot, IReadOnlyList<(double X, double Value, double Low, double High)> points)
    {
        if (points.Count == 0)
        {
            return;
        }
        plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(
            xs: [.. points.Select(p => p.X)],
            ys: [.. points.Select(p => p.Value)],
            xErrorsPositive: null,
            xErrorsNegative: null,
            yErrorsPositive: [.. points.Select(p => p.High - p.Value)],
            yErrorsNegative: [.. points.Select(p => p.Value - p.Low)])
        {
            Color = Colors.Black,
        });
    }
}
