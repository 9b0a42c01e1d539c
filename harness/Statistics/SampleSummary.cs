namespace StencilBench.Harness.Statistics;

/// <summary>
/// What a set of timing samples says: median with a 95% confidence interval, MAD, mean, standard
/// deviation, and whether the spread is too wide to trust (pyperf's rule of thumb: the standard
/// deviation above 10% of the mean).
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
    /// <summary>pyperf warns when the standard deviation is more than 10% of the mean.</summary>
    public const double UnstableCoefficient = 0.10;

    /// <summary>Standard deviation over mean (0 when the mean is 0).</summary>
    public double CoefficientOfVariation => Mean == 0 ? 0 : StdDev / Math.Abs(Mean);

    /// <summary>True when the spread is too wide to trust the figure.</summary>
    public bool Unstable => CoefficientOfVariation > UnstableCoefficient;

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
