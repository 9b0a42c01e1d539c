using StencilBench.Core.Backends;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Measure;

/// <summary>
/// Before anything is timed: runs the workload once on a backend and compares with the
/// workload's expectation, the interpreter's outcome and reference counts, and the live-object
/// count. Any problem makes the backend a failure for this workload, never timed.
/// </summary>
public static class CorrectnessCheck
{
    /// <summary>One line per problem; empty when the backend is right. Exceptions become problems.</summary>
    public static IReadOnlyList<string> Problems(IBackend backend, Workload workload, RunResult? reference)
    {
        RunResult result;
        try
        {
            result = TraceRunner.Run(backend, workload.Trace);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [$"threw {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}"];
        }
        return Judge(workload, result, reference);
    }

    /// <summary>The problems of one run of the workload, wherever it ran (here, or in a loader process): one line each.</summary>
    public static IReadOnlyList<string> Judge(Workload workload, RunResult result, RunResult? reference)
    {
        var problems = workload.Expectation.Check(result.Outcome).ToList();
        if (reference is not null && result.DifferenceFrom(reference) is string difference)
        {
            problems.Add($"differs from interp: {difference}");
        }
        if (result.LeakedObjects != 0)
        {
            problems.Add($"{result.LeakedObjects} objects leaked");
        }
        return problems;
    }
}
