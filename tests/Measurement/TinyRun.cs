using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;

namespace StencilBench.Tests.Measurement;

/// <summary>What the tests' real runs share: settings small enough to finish in moments, and placeholder metadata.</summary>
public static class TinyRun
{
    public static MeasureSettings Settings { get; } = MeasureSettings.Quick with
    {
        CodegenReps = 3,
        ExecutionReps = 3,
        WarmupNs = 0,
        CodegenSampleNs = 1e4,
        ExecutionSampleNs = 1e4,
        MaxBatch = 4,
    };

    /// <summary>Metadata every field of which is a placeholder but the run id and the settings.</summary>
    public static RunMetadata Metadata(string runId, string settings) =>
        new(runId, DateTime.UtcNow, "c", false, "m", "cpu", "os", "net", "clang", "llvm", "x86_64-unknown-linux-gnu", "quick", settings);
}
