using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Plotting;

/// <summary>Codegen ns per uop by backend, log scale: a bar for the geometric mean, a dot per workload.</summary>
public static class CodegenPerUopChart
{
    public const string Name = "codegen_per_uop";

    public static Plot Build(ResultSet set, BackendLineup lineup)
    {
        var plot = ChartStyle.NewPlot("Codegen time per uop (log scale)", "backend", "ns per uop", RunCaption.Of(set));
        var backends = lineup.Ordered(set.Ok(Kinds.Codegen).Select(r => r.Backend)).ToList();
        for (int i = 0; i < backends.Count; i++)
        {
            var values = set.Ok(Kinds.Codegen).Where(r => r.Backend == backends[i] && r.PerUop > 0).Select(r => r.PerUop).ToList();
            double geo = GeometricMean.Of(values);
            plot.Add.Bar(new Bar { Position = i, Value = Math.Log10(geo), ValueBase = Math.Log10(Floor(set)), FillColor = ChartStyle.ColorOf(lineup, backends[i]) });
            var dots = plot.Add.ScatterPoints(values.Select(_ => (double)i).ToArray(), values.Select(Math.Log10).ToArray());
            dots.Color = Colors.Black;
            dots.MarkerSize = 4;
        }
        ChartStyle.Categories(plot, backends, [.. Enumerable.Range(0, backends.Count).Select(i => (double)i)]);
        ChartStyle.LogAxis(plot.Axes.Left);
        return plot;
    }

    /// <summary>A power of ten below every value, where bars start.</summary>
    private static double Floor(ResultSet set)
    {
        double min = set.Ok(Kinds.Codegen).Where(r => r.PerUop > 0).Select(r => r.PerUop).DefaultIfEmpty(1).Min();
        return Math.Pow(10, Math.Floor(Math.Log10(min)));
    }
}
