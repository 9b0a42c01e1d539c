namespace StencilBench.Harness.Statistics;

/// <summary>
/// Percentile bootstrap of the geometric mean of per-group medians: each round resamples every
/// group's samples with replacement, takes each group's median and their geometric mean. The
/// random source is seeded, so the same samples always give the same interval.
/// </summary>
public static class Bootstrap
{
    public const int DefaultRounds = 2000;

    public static (double Low, double High) GeometricMeanOfMedians(
        IReadOnlyList<IReadOnlyList<double>> groups, int rounds = DefaultRounds, int seed = 12345)
    {
        var usable = groups.Where(g => g.Count > 0).ToList();
        if (usable.Count == 0)
        {
            return (double.NaN, double.NaN);
        }
        var random = new Random(seed);
        var estimates = new double[rounds];
        var buffer = new double[usable.Max(g => g.Count)];
        for (int r = 0; r < rounds; r++)
        {
            double logSum = 0;
            foreach (var g in usable)
            {
                for (int i = 0; i < g.Count; i++)
                {
                    buffer[i] = g[random.Next(g.Count)];
                }
                Array.Sort(buffer, 0, g.Count);
                logSum += Math.Log(Quantiles.Median(new ArraySegment<double>(buffer, 0, g.Count)));
            }
            estimates[r] = Math.Exp(logSum / usable.Count);
        }
        Array.Sort(estimates);
        return (Quantiles.Quantile(estimates, 0.025), Quantiles.Quantile(estimates, 0.975));
    }
}
