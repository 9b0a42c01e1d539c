using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Plotting;

/// <summary>
/// One figure across result files (runs, commits), oldest first: "speedup" (geometric-mean
/// speed-up over interp), "codegen" (geometric-mean codegen ns per uop) or "bytes" (code bytes
/// per uop), one line per backend.
/// </summary>
public static class TrendChart
{
    public const string Name = "trend";
    public static IReadOnlyList<string> Figures { get; } = ["speedup", "codegen", "bytes"];

    public static Plot Build(IReadOnlyList<ResultSet> runs, BackendLineup lineup, string figure)
    {
        var ordered = runs.Where(r => r.First is not null).OrderBy(r => r.First!.TimestampUtc, StringComparer.Ordinal).ToList();
        var plot = ChartStyle.NewPlot($"{Title(figure)} across runs", "run (commit)", Title(figure));
        foreach (string b in lineup.Ordered(ordered.SelectMany(r => r.Backends)))
        {
            var points = ordered.Select((r, i) => (X: (double)i, Y: Value(r, lineup.Reference, b, figure))).Where(p => !double.IsNaN(p.Y)).ToList();
            if (points.Count == 0 || (figure != "codegen" && lineup.IsReference(b)))
            {
                continue;
            }
            var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
            line.LegendText = b;
            line.Color = ChartStyle.ColorOf(lineup, b);
            line.LineWidth = 2;
        }
        ChartStyle.Categories(plot, [.. ordered.Select(r => Label(r.First!))], [.. Enumerable.Range(0, ordered.Count).Select(i => (double)i)]);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    /// <summary>The figure of one backend in one run (NaN when absent).</summary>
    public static double Value(ResultSet run, string reference, string backend, string figure) => figure switch
    {
        "speedup" => RatioAnalysis.Compute(run, Kinds.Execution, reference, backend).GeoMean,
        "codegen" => Statistics.GeometricMean.Of(run.Ok(Kinds.Codegen).Where(r => r.Backend == backend).Select(r => r.PerUop)),
        "bytes" => Statistics.GeometricMean.Of(run.Ok(Kinds.Codegen).Where(r => r.Backend == backend && r.CodeBytes > 0).Select(r => (double)r.CodeBytes / r.Uops)),
        _ => throw new ArgumentException($"unknown trend figure '{figure}' (known: {string.Join(", ", Figures)})"),
    };

    private static string Title(string figure) => figure switch
    {
        "speedup" => "speed-up over interp (geomean)",
        "codegen" => "codegen ns per uop (geomean)",
        _ => "code bytes per uop (geomean)",
    };

    private static string Label(SummaryRow m) => $"{m.TimestampUtc[..Math.Min(10, m.TimestampUtc.Length)]} {m.Commit[..Math.Min(7, m.Commit.Length)]}";
}
