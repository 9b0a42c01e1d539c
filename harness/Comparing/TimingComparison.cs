using System.Globalization;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Comparing;

/// <summary>
/// One timed figure in two runs. <see cref="Slowdown"/> is how many times worse B is than A (below
/// 1: better): B/A for times, A/B for speed-ups.
/// </summary>
public sealed record TimingComparison(FigureKey Key, double MedianA, double MedianB, int CountA, int CountB, double Slowdown, double PValue, bool Significant, bool Regression)
{
    /// <summary>pyperf's wording: "1.07x slower", "1.10x faster", "not significant".</summary>
    public string Verdict =>
        !Significant ? "not significant"
        : Slowdown >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{Slowdown:0.00}x slower")
        : string.Create(CultureInfo.InvariantCulture, $"{1 / Slowdown:0.00}x faster");
}

/// <summary>A deterministic figure (code bytes, uops) that differs between the runs, or is in only one.</summary>
public sealed record ExactDifference(FigureKey Key, string Figure, string A, string B);

/// <summary>Everything <c>compare</c> found, and whether CI should fail.</summary>
public sealed record ComparisonResult(
    IReadOnlyList<TimingComparison> Timings,
    IReadOnlyList<ExactDifference> Exact,
    IReadOnlyList<(string Kind, string Backend, double GeoMean)> GeoMeans,
    CompareOptions Options)
{
    public IReadOnlyList<TimingComparison> Regressions => [.. Timings.Where(t => t.Regression)];

    /// <summary>Deterministic figures that changed (a figure missing from one run is reported but not a failure).</summary>
    public IReadOnlyList<ExactDifference> Changed => [.. Exact.Where(e => e.A != "missing" && e.B != "missing")];

    public bool Failed => Regressions.Count > 0 || Changed.Count > 0;
}
