namespace StencilBench.Harness.Statistics;

/// <summary>
/// The Mann-Whitney U test (two-sided, normal approximation with tie correction and continuity
/// correction): are two sets of samples drawn from the same distribution? Distribution-free, so a
/// few outliers from a noisy machine do not decide it.
/// </summary>
public static class MannWhitney
{
    /// <summary>The two-sided p-value; 1 when either side has fewer than 2 samples or all are tied.</summary>
    public static double PValue(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        int n1 = a.Count, n2 = b.Count;
        if (n1 < 2 || n2 < 2)
        {
            return 1;
        }
        var all = a.Select(x => (Value: x, First: true)).Concat(b.Select(x => (Value: x, First: false)))
            .OrderBy(p => p.Value).ToArray();
        int n = all.Length;
        double rankSumA = 0, tieTerm = 0;
        for (int i = 0; i < n;)
        {
            int j = i;
            while (j + 1 < n && all[j + 1].Value == all[i].Value)
            {
                j++;
            }
            double rank = ((i + j) / 2.0) + 1;
            int ties = j - i + 1;
            tieTerm += ((double)ties * ties * ties) - ties;
            for (int k = i; k <= j; k++)
            {
                rankSumA += all[k].First ? rank : 0;
            }
            i = j + 1;
        }
        double u = rankSumA - (n1 * (n1 + 1) / 2.0);
        double mean = n1 * n2 / 2.0;
        double variance = n1 * n2 / 12.0 * (n + 1 - (tieTerm / ((double)n * (n - 1))));
        if (variance <= 0)
        {
            return 1;
        }
        double z = (Math.Abs(u - mean) - 0.5) / Math.Sqrt(variance);
        return Math.Min(1, 2 * NormalTail(Math.Max(z, 0)));
    }

    /// <summary>P(Z &gt; z) for a standard normal Z (Abramowitz and Stegun 7.1.26, error below 1.5e-7).</summary>
    public static double NormalTail(double z)
    {
        double x = z / Math.Sqrt(2);
        double t = 1 / (1 + (0.3275911 * x));
        double poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        return 0.5 * poly * Math.Exp(-x * x);
    }
}
