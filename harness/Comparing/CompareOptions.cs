namespace StencilBench.Harness.Comparing;

/// <summary>How <c>compare</c> judges: significance level, regression threshold, which kinds it times.</summary>
/// <param name="Alpha">A change is significant when the Mann-Whitney p-value is below this.</param>
/// <param name="Threshold">
/// A significant change worse than 1 + this is a regression. The default, 0.20, is above the
/// run-to-run spread seen here: one process per run, so code layout differs between runs and a
/// single workload's speed-up moved by up to 14% between two runs of the same commit.
/// </param>
/// <param name="Kinds">
/// Timed kinds compared (codegen, execution, speedup); empty: only the deterministic figures. The
/// default is speedup alone: a ratio measured within each run, which survives machine noise that
/// moves absolute times by tens of percent between runs (seen here: 1.7× between two runs a minute apart).
/// </param>
public sealed record CompareOptions(double Alpha, double Threshold, IReadOnlyList<string> Kinds)
{
    public static CompareOptions Default { get; } = new(0.01, 0.20, [Results.Kinds.Speedup]);
}
