namespace StencilBench.Harness.Statistics;

/// <summary>
/// Intervals from the spread between processes: each bootstrap round draws processes with
/// replacement, then, inside each drawn process, its samples with replacement, and takes the
/// median of all drawn samples. A process that ran slow as a whole (another tenant, a cold
/// cache, a different code layout) therefore widens the interval, which resampling the pooled
/// samples alone would hide. With one process it is the plain bootstrap of its samples. The
/// random source is seeded, so the same samples always give the same interval.
/// </summary>
public static class HierarchicalBootstrap
{
    /// <summary>The 95% interval of the median of one figure's samples, given per process.</summary>
    public static (double Low, double High) Median(IReadOnlyList<IReadOnlyList<double>> processes, int rounds = Bootstrap.DefaultRounds, int seed = 12345)
    {
        var usable = processes.Where(p => p.Count > 0).ToList();
        if (usable.Count == 0)
        {
            return (double.NaN, double.NaN);
        }
        var random = new Random(seed);
        var estimates = new double[rounds];
        var buffer = new double[usable.Count * usable.Max(p => p.Count)];
        for (int r = 0; r < rounds; r++)
        {
            estimates[r] = DrawMedian(usable, random, buffer);
        }
        return Percentiles(estimates);
    }

    /// <summary>
    /// The 95% interval of the geometric mean of per-workload medians, each workload's samples
    /// given per process. When every workload has the same number of processes, a round draws one
    /// set of process numbers for all of them: process k of every workload ran in the same stretch
    /// of the run (the processes take turns across workloads), so what that stretch did to all of
    /// them moves the geometric mean together, and the interval must see it.
    /// </summary>
    public static (double Low, double High) GeometricMeanOfMedians(
        IReadOnlyList<IReadOnlyList<IReadOnlyList<double>>> workloads, int rounds = Bootstrap.DefaultRounds, int seed = 12345)
    {
        var usable = workloads.Select(w => w.Where(p => p.Count > 0).ToList()).Where(w => w.Count > 0).ToList();
        if (usable.Count == 0)
        {
            return (double.NaN, double.NaN);
        }
        var random = new Random(seed);
        var estimates = new double[rounds];
        var buffer = new double[usable.Max(w => w.Count * w.Max(p => p.Count))];
        int[]? shared = usable.All(w => w.Count == usable[0].Count) ? new int[usable[0].Count] : null;
        for (int r = 0; r < rounds; r++)
        {
            if (shared is not null)
            {
                for (int i = 0; i < shared.Length; i++)
                {
                    shared[i] = random.Next(shared.Length);
                }
            }
            double logSum = 0;
            foreach (var w in usable)
            {
                logSum += Math.Log(DrawMedian(w, random, buffer, shared));
            }
            estimates[r] = Math.Exp(logSum / usable.Count);
        }
        return Percentiles(estimates);
    }

    /// <param name="drawn">The process numbers to take, when already drawn for every workload; else drawn here.</param>
    private static double DrawMedian(List<IReadOnlyList<double>> processes, Random random, double[] buffer, int[]? drawn = null)
    {
        int n = 0;
        for (int i = 0; i < processes.Count; i++)
        {
            var p = processes[drawn?[i] ?? random.Next(processes.Count)];
            for (int j = 0; j < p.Count; j++)
            {
                buffer[n++] = p[random.Next(p.Count)];
            }
        }
        Array.Sort(buffer, 0, n);
        return Quantiles.Median(new ArraySegment<double>(buffer, 0, n));
    }

    private static (double Low, double High) Percentiles(double[] estimates)
    {
        Array.Sort(estimates);
        return (Quantiles.Quantile(estimates, 0.025), Quantiles.Quantile(estimates, 0.975));
    }
}
