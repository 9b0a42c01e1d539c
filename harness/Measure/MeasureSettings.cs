using System.Globalization;

namespace StencilBench.Harness.Measure;

/// <summary>
/// How much measuring a run does. <see cref="Quick"/> is what run-all.sh and the tests use (the
/// default matrix in about a minute); <see cref="Careful"/> is the default of <c>run</c>.
/// </summary>
/// <param name="Mode">"quick" or "careful".</param>
/// <param name="CodegenReps">Timed codegen samples per backend (round-robin passes).</param>
/// <param name="ExecutionReps">Timed execution samples per backend (round-robin passes).</param>
/// <param name="WarmupNs">Warm-up time per backend before execution is timed.</param>
/// <param name="CodegenSampleNs">Calibration target of one codegen sample (a batch of compiles).</param>
/// <param name="ExecutionSampleNs">Calibration target of one execution sample (a batch of runs).</param>
/// <param name="MaxBatch">Most compiles or runs in one sample.</param>
/// <param name="ScalingLengths">Generated trace lengths for codegen scaling.</param>
/// <param name="ScalingReps">Samples per backend and length (and per size for execution scaling).</param>
/// <param name="SizeFactors">Multipliers of a workload's first param for execution scaling.</param>
/// <param name="ScalingBudgetNs">A backend whose one compile of a scaling trace takes longer than this skips the longer ones.</param>
/// <param name="ProcessWarmupNs">
/// Codegen warm-up per backend before anything is timed: 0 in the run's own process (warm by the
/// time it measures), <see cref="WarmupForFreshProcessNs"/> in a fresh worker process, whose .NET
/// JIT has not yet promoted the managed backends' code (tier 0, then Dynamic PGO).
/// </param>
public sealed record MeasureSettings(
    string Mode,
    int CodegenReps,
    int ExecutionReps,
    double WarmupNs,
    double CodegenSampleNs,
    double ExecutionSampleNs,
    int MaxBatch,
    IReadOnlyList<int> ScalingLengths,
    int ScalingReps,
    IReadOnlyList<double> SizeFactors,
    double ScalingBudgetNs,
    double ProcessWarmupNs = 0)
{
    /// <summary>
    /// The codegen warm-up a fresh worker process gets per backend before timing: long enough for
    /// .NET's tiered JIT (a 100 ms call-counting delay, then 30 calls, then a background compile)
    /// to promote a managed backend's code, so that a worker's codegen figures agree with the
    /// run's in-process ones.
    /// </summary>
    public double WarmupForFreshProcessNs => Mode == "quick" ? 0.4e9 : 1e9;

    public static MeasureSettings Quick { get; } = new(
        "quick", CodegenReps: 9, ExecutionReps: 21, WarmupNs: 20e6, CodegenSampleNs: 0.5e6, ExecutionSampleNs: 0.3e6,
        MaxBatch: 1000, ScalingLengths: [10, 30, 100, 300, 1000, 3000, 10000], ScalingReps: 3,
        SizeFactors: [0.25, 1, 4], ScalingBudgetNs: 1.5e9);

    public static MeasureSettings Careful { get; } = new(
        "careful", CodegenReps: 31, ExecutionReps: 61, WarmupNs: 200e6, CodegenSampleNs: 2e6, ExecutionSampleNs: 1e6,
        MaxBatch: 4000, ScalingLengths: [10, 30, 100, 300, 1000, 3000, 10000], ScalingReps: 7,
        SizeFactors: [0.125, 0.25, 0.5, 1, 2, 4, 8], ScalingBudgetNs: 10e9);

    /// <summary>The settings as one line for the results' settings column.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"codegen_reps={CodegenReps};execution_reps={ExecutionReps};warmup_ms={WarmupNs / 1e6:0.#};codegen_sample_ms={CodegenSampleNs / 1e6:0.##};execution_sample_ms={ExecutionSampleNs / 1e6:0.##};max_batch={MaxBatch};scaling_lengths={string.Join('/', ScalingLengths)};scaling_reps={ScalingReps};size_factors={string.Join('/', SizeFactors)};interleaved=round-robin");
}
