namespace StencilBench.Harness.Statistics;

/// <summary>Medians and quantiles of sorted samples.</summary>
public static class Quantiles
{
    /// <summary>The median of samples already sorted ascending.</summary>
    public static double Median(IReadOnlyList<double> sorted)
    {
        int n = sorted.Count;
        if (n == 0)
        {
            return double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>The median of samples in any order.</summary>
    public static double MedianOf(IEnumerable<double> samples) => Median([.. samples.Order()]);

    /// <summary>Linear-interpolated quantile (0..1) of samples sorted ascending.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }
        double pos = q * (sorted.Count - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}
