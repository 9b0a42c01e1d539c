using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Comparing;

/// <summary>
/// Compares run B against run A: every timed figure in both, by the ratio of medians and a
/// Mann-Whitney U test on the raw samples; deterministic figures (code bytes, uops) exactly;
/// geometric means of the ratios per kind and backend.
/// </summary>
public static class Comparer
{
    /// <param name="reference">The backend speed-ups are over: it has none of its own to compare.</param>
    public static ComparisonResult Compare(ResultSet a, ResultSet b, CompareOptions options, string reference)
    {
        var timings = new List<TimingComparison>();
        foreach (string kind in options.Kinds)
        {
            foreach (var key in Keys(a, kind, reference).Intersect(Keys(b, kind, reference)))
            {
                var sa = a.Samples(key);
                var sb = b.Samples(key);
                if (sa.Count == 0 || sb.Count == 0)
                {
                    continue;
                }
                double ma = Quantiles.MedianOf(sa), mb = Quantiles.MedianOf(sb);
                double slowdown = kind == Kinds.Speedup ? ma / mb : mb / ma;
                double p = MannWhitney.PValue(sa, sb);
                bool significant = p < options.Alpha;
                timings.Add(new TimingComparison(key, ma, mb, sa.Count, sb.Count, slowdown, p, significant,
                    significant && slowdown > 1 + options.Threshold));
            }
        }
        var geo = timings.GroupBy(t => (t.Key.Kind, t.Key.Backend))
            .Select(g => (g.Key.Kind, g.Key.Backend, GeometricMean.Of(g.Select(t => t.Slowdown)))).ToList();
        return new ComparisonResult(timings, ExactDifferences(a, b), geo, options);
    }

    /// <summary>Figures with samples of a kind (speed-up samples are named by their execution figure).</summary>
    private static IEnumerable<FigureKey> Keys(ResultSet set, string kind, string reference) =>
        kind == Kinds.Speedup
            ? set.Ok(Kinds.Execution).Where(r => r.Backend != reference).Select(r => r.Key with { Kind = Kinds.Speedup })
            : set.Ok(kind).Select(r => r.Key);

    private static List<ExactDifference> ExactDifferences(ResultSet a, ResultSet b)
    {
        var diffs = new List<ExactDifference>();
        var rowsA = a.Ok(Kinds.Codegen).ToDictionary(r => r.Key);
        var rowsB = b.Ok(Kinds.Codegen).ToDictionary(r => r.Key);
        foreach (var key in rowsA.Keys.Union(rowsB.Keys))
        {
            rowsA.TryGetValue(key, out var ra);
            rowsB.TryGetValue(key, out var rb);
            if (ra is null || rb is null)
            {
                diffs.Add(new ExactDifference(key, "figure", ra is null ? "missing" : "present", rb is null ? "missing" : "present"));
                continue;
            }
            if (ra.CodeBytes != rb.CodeBytes)
            {
                diffs.Add(new ExactDifference(key, "code_bytes", Str(ra.CodeBytes), Str(rb.CodeBytes)));
            }
            if (ra.Uops != rb.Uops)
            {
                diffs.Add(new ExactDifference(key, "uops", Str(ra.Uops), Str(rb.Uops)));
            }
        }
        return diffs;
    }

    private static string Str(int v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
