using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Plotting;

/// <summary>
/// What each switch buys: per ablation variant, two bars — code speed and codegen speed against the
/// strategy it varies (geometric means over workloads, 95% intervals); above the dashed line at 1×
/// the switch makes it faster.
/// </summary>
public static class AblationChart
{
    public const string Name = "ablation";
    private static readonly Color CodeColour = Color.FromHex("#4c72b0");
    private static readonly Color CodegenColour = Color.FromHex("#dd8452");

    /// <summary>The variants the chart draws: those whose strategy is in the run too.</summary>
    public static IReadOnlyList<AblationVariant> Variants(ResultSet set, BackendLineup lineup) =>
        [.. AblationGoals.In(set.Backends, lineup).Where(v => set.Backends.Contains(v.Base))];

    public static Plot Build(ResultSet set, BackendLineup lineup)
    {
        var plot = ChartStyle.NewPlot("What each switch buys (ablation, 95% CI)", "variant", "strategy's time / variant's time", RunCaption.Of(set));
        var variants = Variants(set, lineup);
        for (int i = 0; i < variants.Count; i++)
        {
            Pair(plot, i - 0.2, RatioAnalysis.Compute(set, Kinds.Execution, variants[i].Base, variants[i].Name), CodeColour);
            Pair(plot, i + 0.2, RatioAnalysis.Compute(set, Kinds.Codegen, variants[i].Base, variants[i].Name), CodegenColour);
        }
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "code speed", FillColor = CodeColour });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "codegen speed", FillColor = CodegenColour });
        plot.Add.HorizontalLine(1, 1, Colors.Gray, LinePattern.Dashed);
        ChartStyle.Categories(plot, [.. variants.Select(v => v.Name)], [.. Enumerable.Range(0, variants.Count).Select(i => (double)i)]);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    private static void Pair(Plot plot, double x, RatioFigure figure, Color colour)
    {
        if (double.IsNaN(figure.GeoMean))
        {
            return;
        }
        plot.Add.Bar(new Bar { Position = x, Value = figure.GeoMean, Size = 0.38, FillColor = colour });
        if (!double.IsNaN(figure.Low) && !double.IsNaN(figure.High))
        {
            plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(
                xs: [x], ys: [figure.GeoMean], xErrorsPositive: null, xErrorsNegative: null,
                yErrorsPositive: [figure.High - figure.GeoMean], yErrorsNegative: [figure.GeoMean - figure.Low])
            {
                Color = Colors.Black,
            });
        }
    }
}
