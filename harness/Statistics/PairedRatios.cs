namespace StencilBench.Harness.Statistics;

/// <summary>
/// Ratios of samples taken in the same round-robin pass: numerator[i] / denominator[i]. Pairing
/// cancels drift that hits both alike; the median of the ratios with its order-statistic
/// interval is the figure reported.
/// </summary>
public static class PairedRatios
{
    public static double[] Of(IReadOnlyList<double> numerator, IReadOnlyList<double> denominator)
    {
        int n = Math.Min(numerator.Count, denominator.Count);
        var ratios = new List<double>(n);
        for (int i = 0; i < n; i++)
        {
            if (denominator[i] > 0 && numerator[i] > 0)
            {
                ratios.Add(numerator[i] / denominator[i]);
            }
        }
        return [.. ratios];
    }
}
