using ScottPlot;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Plotting;

/// <summary>
/// One figure across result files (runs, commits), oldest first: "speedup" (geometric-mean
/// speed-up over interp), "codegen" (geometric-mean codegen ns per uop) or "bytes" (code bytes
/// per uop), one line per backend, machine (CPU) and mode.
/// </summary>
public static class TrendChart
{
    public const string Name = "trend";
    public static IReadOnlyList<string> Figures { get; } = ["speedup", "codegen", "bytes"];

    public static Plot Build(IReadOnlyList<ResultSet> runs, BackendLineup lineup, string figure)
    {
        var ordered = runs.Where(r => r.First is not null).OrderBy(r => r.First!.TimestampUtc, StringComparer.Ordinal).ToList();
        var plot = ChartStyle.NewPlot($"{Title(figure)} across runs", "run (commit)", Title(figure), RunCaption.Of(ordered));
        bool log = figure == "codegen";
        // Runs of different machines or modes are never joined by one line: one line per backend, machine and mode.
        var setups = ordered.Select(r => (r.First!.Cpu, r.First!.Mode)).Distinct().ToList();
        foreach (string b in lineup.Ordered(ordered.SelectMany(r => r.Backends)))
        {
            if (figure != "codegen" && lineup.IsReference(b))
            {
                continue;
            }
            foreach (var setup in setups)
            {
                var points = ordered.Select((r, i) => (Run: r, X: (double)i))
                    .Where(p => (p.Run.First!.Cpu, p.Run.First!.Mode) == setup)
                    .Select(p => (p.X, Y: Value(p.Run, lineup.Reference, b, figure)))
                    .Where(p => !double.IsNaN(p.Y) && (!log || p.Y > 0)).ToList();
                if (points.Count == 0)
                {
                    continue;
                }
                var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => log ? Math.Log10(p.Y) : p.Y).ToArray());
                line.LegendText = setups.Count == 1 ? b : $"{b} ({setup.Cpu}, {setup.Mode})";
                line.Color = ChartStyle.ColorOf(lineup, b);
                line.LinePattern = setups.IndexOf(setup) switch { 0 => LinePattern.Solid, 1 => LinePattern.Dashed, _ => LinePattern.Dotted };
                line.LineWidth = 2;
            }
        }
        ChartStyle.Categories(plot, [.. ordered.Select(r => Label(r.First!))], [.. Enumerable.Range(0, ordered.Count).Select(i => (double)i)]);
        if (log)
        {
            ChartStyle.LogAxis(plot.Axes.Left);
        }
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
        "codegen" => "codegen ns per uop (geomean, log scale)",
        _ => "code bytes per uop (geomean)",
    };

    private static string Label(SummaryRow m) => $"{m.TimestampUtc[..Math.Min(10, m.TimestampUtc.Length)]} {m.Commit[..Math.Min(7, m.Commit.Length)]}";
}
