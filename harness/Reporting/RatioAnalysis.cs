using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Reporting;

/// <summary>One workload's ratio: median of the paired ratios and its 95% interval.</summary>
public sealed record WorkloadRatio(string Workload, string Params, double Median, double Low, double High);

/// <summary>A ratio per workload and their geometric mean with a bootstrap 95% interval.</summary>
public sealed record RatioFigure(IReadOnlyList<WorkloadRatio> PerWorkload, double GeoMean, double Low, double High)
{
    public bool IsEmpty => PerWorkload.Count == 0;
}

/// <summary>
/// Ratios of one backend's time over another's, measured in one run: per workload from the
/// samples taken in the same round-robin pass (numerator[i] / denominator[i]), and their
/// geometric mean over workloads. The intervals come from the spread between processes when the
/// run timed each workload in several (<see cref="HierarchicalBootstrap"/>), from the samples of
/// the one process otherwise. With the numerator a baseline and the denominator
/// copy-and-patch, a ratio above 1 means copy-and-patch is faster.
/// </summary>
public static class RatioAnalysis
{
    public static RatioFigure Compute(ResultSet set, string kind, string numerator, string denominator)
    {
        var perWorkload = new List<WorkloadRatio>();
        var groups = new List<IReadOnlyList<IReadOnlyList<double>>>();
        foreach (var den in set.Ok(kind).Where(r => r.Backend == denominator))
        {
            var num = set.Find(den.Key with { Backend = numerator });
            if (num is null || num.Status != "ok")
            {
                continue;
            }
            var byProcess = PairedByProcess(set.SamplesByProcess(num.Key), set.SamplesByProcess(den.Key));
            double[] ratios = [.. byProcess.SelectMany(p => p)];
            if (ratios.Length == 0)
            {
                double m = num.Median / den.Median;
                perWorkload.Add(new WorkloadRatio(den.Workload, den.Params, m, double.NaN, double.NaN));
                groups.Add([[m]]);
                continue;
            }
            var s = SampleSummary.Of(ratios);
            (double low, double high) = byProcess.Count > 1 ? HierarchicalBootstrap.Median(byProcess) : (s.CiLow, s.CiHigh);
            perWorkload.Add(new WorkloadRatio(den.Workload, den.Params, s.Median, low, high));
            groups.Add(byProcess);
        }
        if (perWorkload.Count == 0)
        {
            return new RatioFigure([], double.NaN, double.NaN, double.NaN);
        }
        double geo = GeometricMean.Of(perWorkload.Select(w => w.Median));
        (double lo, double hi) = groups.Any(g => g.Count > 1)
            ? HierarchicalBootstrap.GeometricMeanOfMedians(groups)
            : Bootstrap.GeometricMeanOfMedians([.. groups.Select(g => g[0])]);
        return new RatioFigure(perWorkload, geo, lo, hi);
    }

    /// <summary>Ratios paired within each process's passes (sample i of process p over sample i of the same process).</summary>
    public static IReadOnlyList<IReadOnlyList<double>> PairedByProcess(IReadOnlyList<IReadOnlyList<double>> numerator, IReadOnlyList<IReadOnlyList<double>> denominator) =>
        [.. numerator.Zip(denominator, PairedRatios.Of).Where(r => r.Length > 0)];
}
