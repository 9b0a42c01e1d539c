using StencilBench.Core.Backends;
using StencilBench.Harness.Results;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Measure;

/// <summary>Checks then times one workload at one size on backends, recording the rows: in this process or in workers.</summary>
public interface IWorkloadMeasurer
{
    /// <param name="codegen">Measure codegen too (false for execution scaling).</param>
    /// <param name="executionKind"><see cref="Kinds.Execution"/> or <see cref="Kinds.ExecutionScaling"/>.</param>
    IReadOnlyList<SummaryRow> Measure(Workload workload, IReadOnlyList<IBackend> backends, bool codegen, string executionKind);
}
