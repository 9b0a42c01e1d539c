using System.Globalization;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Comparing;

/// <summary>
/// The deterministic figures of two runs, compared exactly: the code bytes and uop count of each
/// codegen figure, and the executed instructions per iteration of each <c>instructions</c>
/// figure (callgrind). Any difference is one <see cref="ExactDifference"/> with both values; a
/// figure in only one run is reported as missing on the other side.
/// </summary>
public static class ExactFigures
{
    public static (List<ExactDifference> Diffs, int Compared) Differences(ResultSet a, ResultSet b)
    {
        var diffs = new List<ExactDifference>();
        int compared = 0;
        foreach (string kind in new[] { Kinds.Codegen, Kinds.Instructions })
        {
            var rowsA = a.Ok(kind).ToDictionary(r => r.Key);
            var rowsB = b.Ok(kind).ToDictionary(r => r.Key);
            foreach (var key in rowsA.Keys.Union(rowsB.Keys))
            {
                rowsA.TryGetValue(key, out var ra);
                rowsB.TryGetValue(key, out var rb);
                if (ra is null || rb is null)
                {
                    diffs.Add(new ExactDifference(key, "figure", ra is null ? "missing" : "present", rb is null ? "missing" : "present"));
                    continue;
                }
                compared++;
                diffs.AddRange(kind == Kinds.Instructions ? Instructions(key, ra, rb) : CodeShape(key, ra, rb));
            }
        }
        return (diffs, compared);
    }

    private static IEnumerable<ExactDifference> CodeShape(FigureKey key, SummaryRow ra, SummaryRow rb)
    {
        if (ra.CodeBytes != rb.CodeBytes)
        {
            yield return new ExactDifference(key, "code_bytes", Str(ra.CodeBytes), Str(rb.CodeBytes));
        }
        if (ra.Uops != rb.Uops)
        {
            yield return new ExactDifference(key, "uops", Str(ra.Uops), Str(rb.Uops));
        }
    }

    /// <summary>Instructions per iteration are a count over a count: equal runs give bit-equal doubles, so any difference is a change.</summary>
    private static IEnumerable<ExactDifference> Instructions(FigureKey key, SummaryRow ra, SummaryRow rb)
    {
        if (ra.Median.CompareTo(rb.Median) != 0 || ra.Iterations != rb.Iterations)
        {
            yield return new ExactDifference(key, "instructions/iteration",
                ra.Median.ToString("R", CultureInfo.InvariantCulture), rb.Median.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static string Str(int v) => v.ToString(CultureInfo.InvariantCulture);
}
