using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Comparing;

/// <summary>
/// The within-run codegen figure compare gates on: a JIT's codegen time over the geometric mean of
/// the other JITs' codegen times on the same workload, sample by sample in the order they were
/// taken (the backends are interleaved, so sample i of each was taken in the same pass). A machine
/// twice as fast halves every time and leaves this alone; one backend compiling 2× slower moves
/// its own figure 2× and the others' down by less. The reference (interp) is left out: its
/// "codegen" is pure overhead.
/// </summary>
public static class CodegenRatios
{
    public const string Kind = "codegen_ratio";

    /// <summary>Every backend's codegen-ratio samples, keyed by figure (kind codegen_ratio).</summary>
    /// <param name="other">
    /// The run this one is compared with: only backends with the workload's codegen figure in both
    /// take part, so that a backend missing from one run does not move the others' ratios.
    /// </param>
    public static IReadOnlyDictionary<FigureKey, double[]> Of(ResultSet set, string reference, ResultSet? other = null)
    {
        var result = new Dictionary<FigureKey, double[]>();
        var jits = set.Ok(Kinds.Codegen).Where(r => r.Backend != reference && (other is null || other.Find(r.Key) is { Status: "ok" })).ToList();
        foreach (var group in jits.GroupBy(r => (r.Workload, r.Params)))
        {
            var samples = group.ToDictionary(r => r.Backend, r => set.Samples(r.Key));
            foreach (var row in group)
            {
                var others = samples.Where(s => s.Key != row.Backend && s.Value.Count > 0).Select(s => s.Value).ToList();
                int n = others.Select(o => o.Count).Append(samples[row.Backend].Count).Min();
                if (others.Count == 0 || n == 0)
                {
                    continue;
                }
                result[row.Key with { Kind = Kind }] = [.. Enumerable.Range(0, n).Select(i => samples[row.Backend][i] / GeometricMean.Of(others.Select(o => o[i])))];
            }
        }
        return result;
    }
}
