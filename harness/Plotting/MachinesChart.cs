using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Plotting;

/// <summary>
/// Speed-up over interp across machines: one group per backend, one bar per natively timed
/// machine (its latest run's geometric mean over workloads, 95% interval). A ratio measured
/// within each run, so machines can stand side by side; emulated machines are left out.
/// </summary>
public static class MachinesChart
{
    public const string Name = "machines-speedup";

    public static Plot Build(IReadOnlyList<MachineRuns> machines, BackendLineup lineup)
    {
        var native = machines.Where(m => !m.Emulated).ToList();
        var latest = native.Select(MergeReport.Latest).ToList();
        var plot = ChartStyle.NewPlot("Speed-up over the interpreter across machines (geomean, 95% CI)", "backend", "interp time / backend time", RunCaption.Of(latest));
        var backends = lineup.Ordered(latest.SelectMany(r => r.Backends)).Where(b => !lineup.IsReference(b)).ToList();
        double width = 0.8 / Math.Max(1, native.Count);
        var palette = new ScottPlot.Palettes.Category10();
        for (int m = 0; m < native.Count; m++)
        {
            double offset = (m - ((native.Count - 1) / 2.0)) * width;
            var colour = palette.GetColor(m);
            var points = backends.Select((b, i) => (X: i + offset, Figure: RatioAnalysis.Compute(latest[m], Kinds.Execution, lineup.Reference, b)))
                .Where(p => !p.Figure.IsEmpty).ToList();
            plot.Add.Bars(points.Select(p => new Bar { Position = p.X, Value = p.Figure.GeoMean, Size = width * 0.9, FillColor = colour }).ToArray());
            var whiskers = points.Where(p => !double.IsNaN(p.Figure.Low) && !double.IsNaN(p.Figure.High)).ToList();
            if (whiskers.Count > 0)
            {
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(
                    xs: [.. whiskers.Select(p => p.X)],
                    ys: [.. whiskers.Select(p => p.Figure.GeoMean)],
                    xErrorsPositive: null,
                    xErrorsNegative: null,
                    yErrorsPositive: [.. whiskers.Select(p => p.Figure.High - p.Figure.GeoMean)],
                    yErrorsNegative: [.. whiskers.Select(p => p.Figure.GeoMean - p.Figure.Low)])
                {
                    Color = Colors.Black,
                });
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = native[m].Id, FillColor = colour });
        }
        plot.Add.HorizontalLine(1, 1, Colors.Gray, LinePattern.Dashed);
        ChartStyle.Categories(plot, backends, [.. Enumerable.Range(0, backends.Count).Select(i => (double)i)]);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }
}
