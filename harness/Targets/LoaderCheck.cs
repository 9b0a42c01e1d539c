using StencilBench.Core.Backends;
using StencilBench.Harness.Loader;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Targets;

/// <summary>
/// One workload on one engine of a native loader process (another target's runtime), judged by
/// the rules <c>run</c> applies to a backend before timing it: the workload's expectation, the
/// host interpreter's outcome and reference counts, and nothing leaked.
/// </summary>
public static class LoaderCheck
{
    /// <summary>One line per problem; empty when the loader's run is right.</summary>
    /// <param name="reference">This process's interpreter on the same trace.</param>
    /// <exception cref="LoaderException">The loader refused the trace or stopped.</exception>
    public static IReadOnlyList<string> Problems(LoaderRunner runner, Workload workload, LoaderEngine engine, RunResult reference)
    {
        return Measure.CorrectnessCheck.Judge(workload, runner.Run(workload.Trace, engine), reference);
    }
}
