using System.Globalization;
using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Comparing;

/// <summary>
/// One timed figure in two runs: each side's median with its 95% interval, and
/// <see cref="Slowdown"/>, how many times slower B is than A (below 1: faster): B/A for times
/// and time ratios, A/B for speed-ups.
/// </summary>
/// <param name="OverThreshold">Significant and slower than the threshold allows.</param>
/// <param name="Regression">Over the threshold and gated (<see cref="CompareOptions.PerWorkload"/>): CI fails.</param>
public sealed record TimingComparison(FigureKey Key, string Unit, SampleSummary A, SampleSummary B, double Slowdown, double PValue, bool Significant, bool OverThreshold, bool Regression)
{
    public double MedianA => A.Median;
    public double MedianB => B.Median;

    /// <summary>"B slower than A by 1.08×", "B faster than A by 1.10×", or "no significant change".</summary>
    public string Verdict =>
        !Significant ? "no significant change"
        : Slowdown >= 1 ? string.Create(CultureInfo.InvariantCulture, $"B slower than A by {Slowdown:0.00}×")
        : string.Create(CultureInfo.InvariantCulture, $"B faster than A by {1 / Slowdown:0.00}×");

    /// <summary>A p-value as a paper prints one: "p<0.001", else "p=0.012".</summary>
    public static string FormatP(double p) =>
        double.IsNaN(p) ? "p=–" : p < 0.001 ? "p<0.001" : string.Create(CultureInfo.InvariantCulture, $"p={p:0.000}");
}

/// <summary>
/// One backend's figures of one kind over the workloads both runs have: the geometric mean of the
/// slowdowns, and whether it is a regression (slower than the threshold allows).
/// </summary>
public sealed record GeoMeanComparison(string Kind, string Backend, double GeoMean, int Workloads, bool Regression);

/// <summary>A deterministic figure (code bytes, uops, instructions per iteration) that differs between the runs, or is in only one.</summary>
public sealed record ExactDifference(FigureKey Key, string Figure, string A, string B);

/// <summary>A figure of A that B lacks (or has no samples of): compare cannot vouch for it.</summary>
public sealed record MissingFigure(FigureKey Key, string Why);

/// <summary>Everything <c>compare</c> found, and whether CI should fail.</summary>
public sealed record ComparisonResult(
    IReadOnlyList<TimingComparison> Timings,
    IReadOnlyList<ExactDifference> Exact,
    IReadOnlyList<GeoMeanComparison> GeoMeans,
    CompareOptions Options)
{
    public IReadOnlyList<MissingFigure> Missing { get; init; } = [];

    /// <summary>Figures compared exactly: codegen figures (code bytes, uops) and instruction counts in both.</summary>
    public int ExactCompared { get; init; }

    /// <summary>Single figures that regressed (only when gated per workload).</summary>
    public IReadOnlyList<TimingComparison> Regressions => [.. Timings.Where(t => t.Regression)];

    /// <summary>Backends whose geometric mean over the workloads regressed.</summary>
    public IReadOnlyList<GeoMeanComparison> GeoRegressions => [.. GeoMeans.Where(g => g.Regression)];

    /// <summary>Deterministic figures that changed (one only in B is reported but not a failure).</summary>
    public IReadOnlyList<ExactDifference> Changed => [.. Exact.Where(e => e.A != "missing" && e.B != "missing")];

    /// <summary>Nothing timed nor exact was compared: an empty verdict is no verdict.</summary>
    public bool NothingCompared => Timings.Count == 0 && ExactCompared == 0;

    public bool Failed => Regressions.Count > 0 || GeoRegressions.Count > 0 || Changed.Count > 0 || Missing.Count > 0 || NothingCompared;

    /// <summary>" (3 single workloads over the threshold, not gated)", or "" when there are none or they are gated.</summary>
    public string NotGated
    {
        get
        {
            int over = Timings.Count(t => t.OverThreshold && !t.Regression);
            return over == 0 ? "" : $" ({over} single workloads over the threshold, not gated)";
        }
    }

    /// <summary>Why the comparison fails, one line; null when it passes.</summary>
    public string? FailureLine =>
        !Failed ? null
        : NothingCompared ? "nothing was compared: no figure with samples in both runs and no codegen figure in both"
        : $"{GeoRegressions.Count} geometric-mean regressions, {Regressions.Count} per-workload timing regressions{NotGated}, {Changed.Count} deterministic figures changed, {Missing.Count} figures of A missing in B";
}
