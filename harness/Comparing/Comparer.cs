using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Comparing;

/// <summary>
/// Compares run B against run A: every timed figure of the chosen kinds, by the ratio of medians
/// and a Mann-Whitney U test on the raw samples; deterministic figures (code bytes, uops)
/// and instruction counts exactly (<see cref="ExactFigures"/>); geometric means of the ratios per kind and backend, each gated
/// (and each workload's figure too with <see cref="CompareOptions.PerWorkload"/>); every figure of A that B lacks.
/// </summary>
public static class Comparer
{
    /// <param name="reference">The backend speed-ups are over: it has none of its own to compare.</param>
    public static ComparisonResult Compare(ResultSet a, ResultSet b, CompareOptions options, string reference)
    {
        var timings = new List<TimingComparison>();
        var missing = new List<MissingFigure>();
        foreach (string kind in options.Kinds)
        {
            var inA = Figures(a, kind, reference, b);
            var inB = Figures(b, kind, reference, a);
            foreach (var (key, (unit, sa)) in inA)
            {
                if (!inB.TryGetValue(key, out var fb))
                {
                    missing.Add(new MissingFigure(key, "not in B"));
                    continue;
                }
                var sb = fb.Samples;
                if (sa.Count == 0 || sb.Count == 0)
                {
                    missing.Add(new MissingFigure(key, sa.Count == 0 ? "no samples in A" : "no samples in B"));
                    continue;
                }
                timings.Add(Judge(key, unit, sa, sb, options));
            }
        }
        var geo = timings.GroupBy(t => (t.Key.Kind, t.Key.Backend))
            .Select(g => (g.Key, Mean: GeometricMean.Of(g.Select(t => t.Slowdown)), Count: g.Count()))
            .Select(g => new GeoMeanComparison(g.Key.Kind, g.Key.Backend, g.Mean, g.Count, g.Mean > 1 + options.Threshold)).ToList();
        var (exact, exactCompared) = ExactFigures.Differences(a, b);
        missing.AddRange(exact.Where(e => e.B == "missing").Select(e => new MissingFigure(e.Key, "not in B")));
        return new ComparisonResult(timings, exact, geo, options) { Missing = missing, ExactCompared = exactCompared };
    }

    private static TimingComparison Judge(FigureKey key, string unit, IReadOnlyList<double> sa, IReadOnlyList<double> sb, CompareOptions options)
    {
        var summaryA = SampleSummary.Of(sa);
        var summaryB = SampleSummary.Of(sb);
        double slowdown = CompareOptions.HigherIsBetter(key.Kind) ? summaryA.Median / summaryB.Median : summaryB.Median / summaryA.Median;
        double p = MannWhitney.PValue(sa, sb);
        bool significant = p < options.Alpha && Math.Max(slowdown, 1 / slowdown) - 1 >= options.MinSpeed;
        bool over = significant && slowdown > 1 + options.Threshold;
        return new TimingComparison(key, unit, summaryA, summaryB, slowdown, p, significant, over, over && options.PerWorkload);
    }

    /// <summary>The figures of a kind in a run, with their unit and samples.</summary>
    private static Dictionary<FigureKey, (string Unit, IReadOnlyList<double> Samples)> Figures(ResultSet set, string kind, string reference, ResultSet other) => kind switch
    {
        Kinds.Speedup => set.Ok(Kinds.Execution).Where(r => r.Backend != reference)
            .ToDictionary(r => r.Key with { Kind = Kinds.Speedup }, r => ("× over interp", set.Samples(r.Key with { Kind = Kinds.Speedup }))),
        CodegenRatios.Kind => CodegenRatios.Of(set, reference, other).ToDictionary(p => p.Key, p => ("× the other JITs", (IReadOnlyList<double>)p.Value)),
        _ => set.Ok(kind).ToDictionary(r => r.Key, r => (r.Unit, set.Samples(r.Key))),
    };
}
