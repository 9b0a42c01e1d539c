using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Plotting;

/// <summary>
/// Execution speed-up over interp against the machine code's size, a point per workload and a
/// colour per backend, code bytes on a log axis: does bigger code run faster, or miss the cache?
/// </summary>
public static class SpeedupBySizeChart
{
    public const string Name = "speedup_vs_code_bytes";

    /// <summary>One point: a workload's code bytes and speed-up on one backend.</summary>
    public sealed record Point(string Workload, string Backend, int CodeBytes, double Speedup);

    /// <summary>
    /// The points drawn: each execution figure with a speed-up, paired with the code bytes of the
    /// same workload and backend's codegen figure; interp (no code) has none.
    /// </summary>
    public static IReadOnlyList<Point> Points(ResultSet set, BackendLineup lineup)
    {
        var bytes = set.Ok(Kinds.Codegen).Where(r => r.CodeBytes > 0)
            .GroupBy(r => (r.Workload, r.Backend)).ToDictionary(g => g.Key, g => g.First().CodeBytes);
        return [.. set.Ok(Kinds.Execution)
            .Where(r => !lineup.IsReference(r.Backend) && !double.IsNaN(r.SpeedupVsInterp) && bytes.ContainsKey((r.Workload, r.Backend)))
            .Select(r => new Point(r.Workload, r.Backend, bytes[(r.Workload, r.Backend)], r.SpeedupVsInterp))];
    }

    public static Plot Build(ResultSet set, BackendLineup lineup)
    {
        var plot = ChartStyle.NewPlot("Execution speed-up against code size (a point per workload)", "machine code bytes (log scale)",
            "interp time / backend time", RunCaption.Of(set));
        var points = Points(set, lineup);
        foreach (string b in lineup.Ordered(points.Select(p => p.Backend)))
        {
            var mine = points.Where(p => p.Backend == b).ToList();
            var dots = plot.Add.ScatterPoints(mine.Select(p => Math.Log10(p.CodeBytes)).ToArray(), mine.Select(p => p.Speedup).ToArray());
            dots.LegendText = b;
            dots.Color = ChartStyle.ColorOf(lineup, b);
            dots.MarkerSize = 9;
        }
        plot.Add.HorizontalLine(1, 1, Colors.Gray, LinePattern.Dashed);
        ChartStyle.LogAxis(plot.Axes.Bottom);
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
