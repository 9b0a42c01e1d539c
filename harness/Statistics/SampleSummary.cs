namespace StencilBench.Harness.Statistics;

/// <summary>
/// What a set of timing samples says: median with a 95% confidence interval, MAD, mean, standard
/// deviation, and whether the spread is too wide to trust: the 95% interval of the median wider
/// than ±10% of it. (pyperf's rule, the standard deviation above 10% of the mean, fired on half
/// the figures of a quiet run: one slow sample among thirty is enough; the interval of the
/// median ignores a few outliers and, for a run in several processes, measures their spread.)
/// </summary>
public sealed record SampleSummary(
    int Count,
    double Median,
    double Mad,
    double CiLow,
    double CiHigh,
    double Mean,
    double StdDev)
{
    /// <summary>A figure whose 95% interval reaches further than this fraction of its median either side is unstable.</summary>
    public const double UnstableHalfWidth = 0.10;

    /// <summary>Standard deviation over mean (0 when the mean is 0).</summary>
    public double CoefficientOfVariation => Mean == 0 ? 0 : StdDev / Math.Abs(Mean);

    /// <summary>True when the spread is too wide to trust the figure.</summary>
    public bool Unstable => IsUnstable(Median, CiLow, CiHigh);

    /// <summary>Half the interval's width over the median (NaN without an interval).</summary>
    public static double HalfWidth(double median, double low, double high) => median == 0 ? double.NaN : (high - low) / 2 / Math.Abs(median);

    /// <summary>Whether an interval reaches further than <see cref="UnstableHalfWidth"/> of the median either side.</summary>
    public static bool IsUnstable(double median, double low, double high) => HalfWidth(median, low, high) > UnstableHalfWidth;

    public static SampleSummary Of(IReadOnlyList<double> samples)
    {
        if (samples.Count == 0)
        {
            return new SampleSummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        double[] sorted = [.. samples.Order()];
        double median = Quantiles.Median(sorted);
        double mad = Quantiles.Median([.. sorted.Select(x => Math.Abs(x - median)).Order()]);
        (double low, double high) = MedianInterval.Of(sorted);
        double mean = sorted.Average();
        double sd = sorted.Length > 1 ? Math.Sqrt(sorted.Sum(x => (x - mean) * (x - mean)) / (sorted.Length - 1)) : 0;
        return new SampleSummary(sorted.Length, median, mad, low, high, mean, sd);
    }
}
