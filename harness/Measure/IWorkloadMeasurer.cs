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

    /// <summary>Measures several workloads, by default one after the other; <paramref name="measured"/> is told after each turn of a workload (by default one, once its rows are recorded).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="stop"/> fired; the rows of the workloads done are recorded.</exception>
    IReadOnlyList<SummaryRow> MeasureAll(IReadOnlyList<Workload> workloads, IReadOnlyList<IBackend> backends, Action<Workload> measured, CancellationToken stop) =>
        OneAfterAnother(this, workloads, backends, measured, stop);

    /// <summary>Each workload measured whole before the next; <paramref name="measured"/> told after each.</summary>
    static IReadOnlyList<SummaryRow> OneAfterAnother(IWorkloadMeasurer measurer, IReadOnlyList<Workload> workloads, IReadOnlyList<IBackend> backends, Action<Workload> measured, CancellationToken stop)
    {
        var rows = new List<SummaryRow>();
        foreach (var w in workloads)
        {
            stop.ThrowIfCancellationRequested();
            rows.AddRange(measurer.Measure(w, backends, codegen: true, Kinds.Execution));
            measured(w);
        }
        return rows;
    }
}
