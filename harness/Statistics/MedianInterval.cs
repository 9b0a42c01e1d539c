namespace StencilBench.Harness.Statistics;

/// <summary>
/// A distribution-free 95% confidence interval for the median from order statistics: the
/// k-th smallest and k-th largest samples, with k the largest rank such that the binomial(n, ½)
/// probability of fewer than k samples below the median is at most 2.5%. Exact for any
/// continuous distribution; no resampling, so it is deterministic. With fewer than 6 samples
/// no such k exists and the interval is the whole range.
/// </summary>
public static class MedianInterval
{
    public const double Confidence = 0.95;

    public static (double Low, double High) Of(IReadOnlyList<double> sorted)
    {
        int n = sorted.Count;
        if (n == 0)
        {
            return (double.NaN, double.NaN);
        }
        int k = LowerRank(n);
        return (sorted[k], sorted[n - 1 - k]);
    }

    /// <summary>
    /// The 0-based index of the lower bound: with k the largest count such that
    /// P(Binomial(n, ½) ≤ k − 1) ≤ 2.5%, the bounds are the k-th smallest and k-th largest samples.
    /// </summary>
    public static int LowerRank(int n)
    {
        double alphaHalf = (1 - Confidence) / 2;
        double cumulative = 0;
        int k = 0;
        for (int i = 0; i <= n; i++)
        {
            cumulative += BinomialHalf(n, i);
            if (cumulative > alphaHalf)
            {
                break;
            }
            k = i + 1;
        }
        return Math.Max(k - 1, 0);
    }

    private static double BinomialHalf(int n, int i)
    {
        // log C(n, i) - n log 2, summed in logs to stay finite for large n.
        double log = LogFactorial(n) - LogFactorial(i) - LogFactorial(n - i) - (n * Math.Log(2));
        return Math.Exp(log);
    }

    private static double LogFactorial(int n)
    {
        double sum = 0;
        for (int i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }
        return sum;
    }
}
