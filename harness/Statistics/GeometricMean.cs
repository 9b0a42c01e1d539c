namespace StencilBench.Harness.Statistics;

/// <summary>The geometric mean: the average of ratios, as pyperformance and the paper report them.</summary>
public static class GeometricMean
{
    /// <summary>NaN when empty or when any value is not positive.</summary>
    public static double Of(IEnumerable<double> values)
    {
        double sum = 0;
        int n = 0;
        foreach (double v in values)
        {
            if (!(v > 0) || double.IsInfinity(v))
            {
                return double.NaN;
            }
            sum += Math.Log(v);
            n++;
        }
        return n == 0 ? double.NaN : Math.Exp(sum / n);
    }
}
