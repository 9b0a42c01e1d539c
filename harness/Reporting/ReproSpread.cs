using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Reporting;

/// <summary>One run's value of a headline ratio and its 95% interval.</summary>
public sealed record RunFigure(string RunId, double Value, double Low, double High)
{
    public bool Covers(double value) => Low <= value && value <= High;
}

/// <summary>
/// How one headline ratio spreads over K runs of one commit: the median of the runs' values,
/// their range, the largest deviation from the median in percent, and how many runs' intervals
/// cover every other run's value.
/// </summary>
public sealed record ReproSpread(string Name, IReadOnlyList<RunFigure> Runs, double Median, double Min, double Max, double MaxDeviationPercent, int RunsCoveringOthers)
{
    /// <summary>The target: every run within ±10% of the median.</summary>
    public const double TargetPercent = 10;

    public bool WithinTarget => MaxDeviationPercent <= TargetPercent;

    public bool AllCover => RunsCoveringOthers == Runs.Count;

    public static ReproSpread Of(string name, IReadOnlyList<RunFigure> runs)
    {
        var values = runs.Select(r => r.Value).Where(v => !double.IsNaN(v)).ToList();
        if (values.Count == 0)
        {
            return new(name, runs, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        }
        double median = Quantiles.MedianOf(values);
        double deviation = values.Max(v => Math.Abs(v - median)) / median * 100;
        int covering = runs.Count(r => runs.Where(o => !ReferenceEquals(o, r)).All(o => r.Covers(o.Value)));
        return new(name, runs, median, values.Min(), values.Max(), deviation, covering);
    }
}
