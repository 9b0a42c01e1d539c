namespace StencilBench.Harness.Comparing;

/// <summary>How <c>compare</c> judges: significance level, regression threshold, smallest change that counts, which kinds it times.</summary>
/// <param name="Alpha">A change is significant when the Mann-Whitney p-value is below this.</param>
/// <param name="Threshold">
/// A significant change worse than 1 + this is a regression. The default, 0.20, is above the
/// run-to-run spread seen here: one process per run, so code layout differs between runs and a
/// single workload's speed-up moved by up to 14% between two runs of the same commit.
/// </param>
/// <param name="Kinds">
/// Timed kinds compared. The default is the two within-run ratios, which survive machine noise
/// that moves absolute times by tens of percent between runs (seen here: 1.7× between two runs a
/// minute apart): speedup (interp time / backend time) and codegen_ratio (a backend's codegen
/// time over the other JITs' in the same pass). codegen and execution are absolute times: only
/// on one quiet machine. Empty: only the deterministic figures.
/// </param>
/// <param name="MinSpeed">pyperf's --min-speed: a change smaller than this fraction is never significant.</param>
/// <param name="PerWorkload">
/// Gate each workload's figure too, not only each backend's geometric mean over the workloads.
/// Off by default: six quick runs of one commit on a quiet 2-core VM (2026-12-02) kept every
/// geometric mean within 1.04× of the baseline's, while single workloads' speed-ups moved by up to
/// 1.24× (llvm-O0 on while_loop), so one unchanged run in five failed a per-workload gate at 1.20×.
/// The injected slowdowns (2× copy-and-patch codegen, 1.3× template code) moved the geometric
/// means by 2.08× and 1.32×.
/// </param>
public sealed record CompareOptions(double Alpha, double Threshold, IReadOnlyList<string> Kinds, double MinSpeed = 0, bool PerWorkload = false)
{
    /// <summary>Within-run ratios: compared across machines too.</summary>
    public static IReadOnlyList<string> RatioKinds { get; } = [Results.Kinds.Speedup, CodegenRatios.Kind];

    /// <summary>Absolute times: compared only between runs of one CPU.</summary>
    public static IReadOnlyList<string> AbsoluteKinds { get; } = [Results.Kinds.Codegen, Results.Kinds.Execution];

    public static IReadOnlyList<string> KnownKinds { get; } = [.. RatioKinds, .. AbsoluteKinds];

    public static CompareOptions Default { get; } = new(0.01, 0.20, RatioKinds);

    /// <summary>Whether a kind is higher-is-better (a speed-up) rather than a time or a time ratio.</summary>
    public static bool HigherIsBetter(string kind) => kind == Results.Kinds.Speedup;
}
