using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace StencilBench.Harness.Statistics;

/// <summary>
/// The Mann-Whitney U test, two-sided, from Perfolizer (BenchmarkDotNet's statistics library):
/// are two sets of samples drawn from the same distribution? Distribution-free, so a few
/// outliers from a noisy machine do not decide it. Exact at small sizes (Löffler's recurrence,
/// up to Perfolizer's limit on the combined size), an Edgeworth expansion above it; the normal
/// approximation it replaces was off at the sizes compare sees (9 to 21 samples a side).
/// </summary>
public static class MannWhitney
{
    /// <summary>The two-sided p-value; 1 when either side has fewer than 2 samples.</summary>
    public static double PValue(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count < 2 || b.Count < 2)
        {
            return 1;
        }
        var result = MannWhitneyTest.Instance.PerformStrategy(
            new Sample([.. a]), new Sample([.. b]), AlternativeHypothesis.TwoSides, Threshold.Zero, MannWhitneyStrategy.Auto);
        return Math.Clamp((double)result.PValue, 0, 1);
    }
}
