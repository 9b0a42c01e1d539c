using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Plotting;

/// <summary>Machine-code bytes per uop by backend: geometric mean over workloads, a dot per workload.</summary>
public static class CodeBytesChart
{
    public const string Name = "code_bytes_per_uop";

    public static Plot Build(ResultSet set, BackendLineup lineup)
    {
        var plot = ChartStyle.NewPlot("Code size per uop", "backend", "bytes of machine code per uop", RunCaption.Of(set));
        var rows = set.Ok(Kinds.Codegen).Where(r => r.CodeBytes > 0 && r.Uops > 0).ToList();
        var backends = lineup.Ordered(rows.Select(r => r.Backend)).ToList();
        for (int i = 0; i < backends.Count; i++)
        {
            var values = rows.Where(r => r.Backend == backends[i]).Select(r => (double)r.CodeBytes / r.Uops).ToList();
            plot.Add.Bar(new Bar { Position = i, Value = GeometricMean.Of(values), FillColor = ChartStyle.ColorOf(lineup, backends[i]) });
            var dots = plot.Add.ScatterPoints(values.Select(_ => (double)i).ToArray(), [.. values]);
            dots.Color = Colors.Black;
            dots.MarkerSize = 4;
        }
        ChartStyle.Categories(plot, backends, [.. Enumerable.Range(0, backends.Count).Select(i => (double)i)]);
        plot.Axes.Margins(bottom: 0);
        return plot;
    }
}
