namespace StencilBench.Harness.Comparing;

/// <summary>How <c>compare</c> judges: significance level, regression threshold, which kinds it times.</summary>
/// <param name="Alpha">A change is significant when the Mann-Whitney p-value is below this.</param>
/// <param name="Threshold">A significant change worse than 1 + this is a regression (0.10: 10% slower).</param>
/// <param name="Kinds">
/// Timed kinds compared (codegen, execution, speedup); empty: only the deterministic figures. The
/// default is speedup alone: a ratio measured within each run, which survives machine noise that
/// moves absolute times by tens of percent between runs (seen here: 1.7× between two runs a minute apart).
/// </param>
public sealed record CompareOptions(double Alpha, double Threshold, IReadOnlyList<string> Kinds)
{
    public static CompareOptions Default { get; } = new(0.01, 0.10, [Results.Kinds.Speedup]);
}
