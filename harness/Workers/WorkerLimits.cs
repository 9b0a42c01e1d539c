namespace StencilBench.Harness.Workers;

/// <summary>Time limits of worker processes: a correctness check, and the measurement of one workload.</summary>
public sealed record WorkerLimits(TimeSpan Check, TimeSpan Measure)
{
    public static WorkerLimits Default { get; } = new(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(120));

    /// <summary>--timeout S: the measurement limit S, the check limit S or 20 s, whichever is less.</summary>
    public static WorkerLimits FromSeconds(double? seconds) =>
        seconds is double s ? new(TimeSpan.FromSeconds(Math.Min(s, Default.Check.TotalSeconds)), TimeSpan.FromSeconds(s)) : Default;
}
