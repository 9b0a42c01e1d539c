using System.Numerics;
using StencilBench.Core.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Results;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Measure;

/// <summary>What a <c>run</c> measures: the workloads, the backends, sizes and settings.</summary>
/// <param name="Instructions">Also count executed instructions per iteration of each workload under callgrind (<see cref="InstructionFigures"/>).</param>
/// <param name="Reference">The backend every other one is checked against and whose time speed-ups divide.</param>
public sealed record MatrixPlan(
    IReadOnlyList<WorkloadDefinition> Workloads,
    IBackend Reference,
    IReadOnlyList<IBackend> Backends,
    IReadOnlyList<IBackend> Unavailable,
    IReadOnlyDictionary<string, BigInteger> Params,
    MeasureSettings Settings,
    bool Scaling,
    bool Instructions = false);

/// <summary>
/// The whole matrix: workloads × backends on the host target, then codegen scaling over trace
/// length and execution scaling over workload size. Every row is recorded as it is measured.
/// </summary>
/// <param name="isolated">Runs each workload's checks and measurement elsewhere (in workers); null: in this process.</param>
/// <param name="turns">The turns each workload takes in the measurer's <see cref="IWorkloadMeasurer.MeasureAll"/> (<see cref="Workers.WorkerSetup.Turns"/>).</param>
public sealed class MatrixRun(MatrixPlan plan, RunRecorder recorder, Func<Action<string>, IWorkloadMeasurer>? isolated = null, int turns = 1)
{
    /// <summary>Steps the progress bar counts: a turn per workload (one, or one per timing process) plus one with instruction counts, per scaling length and per scaled workload.</summary>
    public int Steps => (plan.Workloads.Count * (turns + (plan.Instructions ? 1 : 0))) + (plan.Scaling ? plan.Settings.ScalingLengths.Count + plan.Workloads.Count(w => w.Params.Count > 0) : 0);

    /// <param name="status">Told what is being measured now.</param>
    /// <param name="stepDone">Called after each step.</param>
    /// <param name="stop">Checked before each step; the rows of the steps done are already recorded.</param>
    /// <exception cref="OperationCanceledException"><paramref name="stop"/> fired.</exception>
    public IReadOnlyList<SummaryRow> Execute(Action<string> status, Action stepDone, CancellationToken stop = default)
    {
        var rows = new List<SummaryRow>();
        foreach (var b in plan.Unavailable)
        {
            var row = RowFactory.Skipped(new FigureKey(Kinds.Failure, "", "", b.Name), 0, $"unavailable: {b.Unavailable}");
            recorder.Write(row);
            rows.Add(row);
        }
        IWorkloadMeasurer bench = isolated?.Invoke(status) ?? new WorkloadBench(plan.Settings, recorder, plan.Reference, status);
        stop.ThrowIfCancellationRequested();
        var workloads = plan.Workloads.Select(d => d.Instantiate(Selection.For(d, plan.Params))).ToList();
        rows.AddRange(bench.MeasureAll(workloads, plan.Backends, _ => stepDone(), stop));
        rows.AddRange(CountInstructions(status, stepDone, stop));
        if (!plan.Scaling)
        {
            return rows;
        }
        stop.ThrowIfCancellationRequested();
        var codegenScaling = new CodegenScaling(plan.Settings, recorder, status);
        rows.AddRange(codegenScaling.Measure(plan.Backends));
        for (int i = 0; i < plan.Settings.ScalingLengths.Count; i++)
        {
            stepDone();
        }
        var executionScaling = new ExecutionScaling(bench, status);
        foreach (var definition in plan.Workloads.Where(w => w.Params.Count > 0))
        {
            stop.ThrowIfCancellationRequested();
            var given = Selection.For(definition, plan.Params);
            rows.AddRange(executionScaling.Measure(definition, given, plan.Settings.SizeFactors, plan.Backends));
            stepDone();
        }
        return rows;
    }

    private List<SummaryRow> CountInstructions(Action<string> status, Action stepDone, CancellationToken stop)
    {
        var rows = new List<SummaryRow>();
        if (!plan.Instructions)
        {
            return rows;
        }
        var figures = new InstructionFigures();
        foreach (var definition in plan.Workloads)
        {
            stop.ThrowIfCancellationRequested();
            status($"{definition.Name}: instructions (callgrind)");
            var given = Selection.For(definition, plan.Params);
            rows.AddRange(figures.Count(definition.Instantiate(given), recorder));
            stepDone();
        }
        return rows;
    }
}
