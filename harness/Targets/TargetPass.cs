using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Targets;

/// <summary>
/// The per-target part of <c>run --target</c>, in this process after the host's matrix: per
/// workload, codegen of every strategy for every chosen target and the host's, interleaved and
/// timed here (<see cref="Kinds.TargetCodegen"/>); execution timed against interp for another
/// target's code that runs in this process (<see cref="Kinds.TargetExecution"/>); then, per
/// target whose code runs outside this process, its interpreter and copy-and-patch checked where
/// <paramref name="emulator"/> runs them (under qemu, or natively in a loader without a clock) on
/// every workload (<see cref="Kinds.TargetCheck"/>: correctness only, labelled with how it ran; a
/// wrong one is a failure row). What cannot be done for a target is a skipped row saying why.
/// </summary>
public sealed class TargetPass(
    TargetSelection targets, MeasureSettings settings, RunRecorder recorder, IBackend reference, ITargetEmulator emulator)
{
    /// <summary>The longest an emulated check of every workload may take.</summary>
    public static readonly TimeSpan EmulatedLimit = TimeSpan.FromMinutes(15);

    private static readonly string[] EmulatedStrategies = ["interp", "copy-and-patch"];

    /// <summary>Steps the progress bar counts: one per workload and one per other target (its emulated check); none without other targets.</summary>
    public int Steps(MatrixPlan plan) => targets.Others.Count == 0 ? 0 : plan.Workloads.Count + targets.Others.Count;

    /// <summary>Measures and records the plan's workloads for every other target (nothing when the host is the only one); returns the rows.</summary>
    /// <param name="status">Told what is being measured now.</param>
    /// <param name="stepDone">Called after each step.</param>
    /// <exception cref="OperationCanceledException"><paramref name="stop"/> fired.</exception>
    public IReadOnlyList<SummaryRow> Execute(MatrixPlan plan, Action<string> status, Action stepDone, CancellationToken stop)
    {
        var rows = new List<SummaryRow>();
        if (targets.Others.Count == 0)
        {
            return rows;
        }
        var workloads = plan.Workloads
            .Select(d => d.Instantiate(Selection.For(d, plan.Params)))
            .ToList();
        var backends = new List<TargetBackend>();
        using var spaces = new DisposableList<LoaderAddressSpace>();
        foreach (string triple in targets.Others.Prepend(targets.Host))
        {
            var (these, skipped) = TargetLineup.For(triple, targets.Host, spaces.Add(LoaderAddressSpace.For(triple, targets.Host)));
            rows.AddRange(skipped.Select(s => Record(RowFactory.Skipped(new FigureKey(Kinds.TargetCodegen, "", "", TargetName.Of(s.Strategy, triple)), 0, s.Reason))));
            rows.AddRange(these.Where(b => b.Unavailable is not null)
                .Select(b => Record(RowFactory.Skipped(new FigureKey(Kinds.TargetCodegen, "", "", b.Name), 0, $"unavailable: {b.Unavailable}"))));
            backends.AddRange(these.Where(b => b.Unavailable is null));
        }
        foreach (var workload in workloads)
        {
            stop.ThrowIfCancellationRequested();
            status($"{workload.Name}: codegen for {targets.Triples.Count} targets");
            rows.AddRange(Codegen(workload, backends));
            var inProcess = backends.Where(b => b.RunsHere && b.Triple != targets.Host).ToList<IBackend>();
            if (inProcess.Count > 0)
            {
                rows.AddRange(new WorkloadBench(settings, recorder, reference, status).Measure(workload, [reference, .. inProcess], codegen: false, Kinds.TargetExecution));
            }
            stepDone();
        }
        foreach (string triple in targets.Others)
        {
            stop.ThrowIfCancellationRequested();
            rows.AddRange(Emulated(triple, workloads, backends.Where(b => b.Triple == triple && !b.RunsHere), status));
            stepDone();
        }
        return rows;
    }

    private List<SummaryRow> Codegen(Workload workload, IReadOnlyList<TargetBackend> backends)
    {
        string ps = RowFactory.Params(workload.Params);
        int uops = workload.Trace.Instructions.Count;
        var rows = new List<SummaryRow>();
        using var native = new NativeTrace(workload.Trace);
        using var resolved = new DisposableList<NativeTrace>();
        var samplers = new List<CodegenSampler>();
        var sampled = new List<TargetBackend>();
        foreach (var b in backends)
        {
            try
            {
                // A loader's operands are asked for outside the timed compiles.
                var sampler = new CodegenSampler(b, resolved.Add(b.Resolved(workload.Trace)) ?? native);
                sampler.Calibrate(settings.CodegenSampleNs, settings.MaxBatch, settings.WarmupNs);
                samplers.Add(sampler);
                sampled.Add(b);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                rows.Add(Record(RowFactory.Failure(new FigureKey(Kinds.Failure, workload.Name, ps, b.Name), uops, 1, $"compile threw {e.GetType().Name}: {e.Message}")));
            }
        }
        var samples = Interleaver.Run(samplers, settings.CodegenReps);
        for (int i = 0; i < samplers.Count; i++)
        {
            var key = new FigureKey(Kinds.TargetCodegen, workload.Name, ps, samplers[i].Backend);
            recorder.WriteSamples(key, samples[i], samplers[i].Batch);
            var row = RowFactory.Figure(key, uops, workload.Iterations, "ns/trace", samples[i], samplers[i].Batch);
            row.CodeBytes = samplers[i].CodeBytes;
            row.Phases = RowFactory.Phases(samplers[i].Phases);
            if (sampled[i].PatchedForLoader)
            {
                row.Note = "patched for the loader's addresses (its runtime and constants; the code mapped below 2 GB here)";
            }
            rows.Add(Record(row));
        }
        return rows;
    }

    /// <summary>The target's interpreter and copy-and-patch where the emulator runs them; the other strategies' code is not run (a skipped row each).</summary>
    private List<SummaryRow> Emulated(string triple, IReadOnlyList<Workload> workloads, IEnumerable<TargetBackend> notRunHere, Action<string> status)
    {
        var rows = new List<SummaryRow>();
        bool stencils = TargetDeployment.IsBuilt(triple);
        string? why = !stencils ? $"no stencils are built for {triple}, so no emulated harness runs its code"
            : emulator.Unavailable(triple);
        foreach (var b in notRunHere.Where(b => why is not null || !EmulatedStrategies.Contains(b.Strategy)))
        {
            // A strategy no emulator runs is only emitted, whether or not one runs the target's stencils.
            rows.Add(Record(RowFactory.Skipped(new FigureKey(Kinds.TargetCheck, "", "", b.Name), 0,
                EmulatedStrategies.Contains(b.Strategy) && why is not null ? why
                : $"not run: {b.Strategy}'s code for {triple} is only emitted here (no emulated {b.Strategy} for {triple})")));
        }
        if (why is not null || workloads.Count == 0)
        {
            return rows;
        }
        string how = emulator.Label(triple);
        status($"{triple}: checking {workloads.Count} workloads, {how}");
        var distinct = workloads.DistinctBy(w => w.Name).ToList();
        try
        {
            foreach (var o in emulator.Check(triple, distinct, EmulatedStrategies, EmulatedLimit))
            {
                var w = distinct.First(x => x.Name == o.Workload);
                var key = new FigureKey(Kinds.TargetCheck, o.Workload, RowFactory.Params(w.Params), TargetName.Of(o.Backend, triple));
                int uops = w.Trace.Instructions.Count;
                var row = !o.Ran ? RowFactory.Skipped(key, uops, $"{how}: not run: {o.Note}")
                    : o.Agrees ? RowFactory.Skipped(key, uops, $"{how}: agrees with interp and the expectation; correctness only, not timed")
                    : RowFactory.Failure(key, uops, w.Iterations, $"{how}: {o.Note}");
                row.Status = o.Ran && o.Agrees ? "ok" : row.Status;
                rows.Add(Record(row));
            }
        }
        catch (InvalidOperationException e)
        {
            rows.AddRange(EmulatedStrategies.Select(s => Record(RowFactory.Failure(new FigureKey(Kinds.Failure, "", "", TargetName.Of(s, triple)), 0, 0, $"{how}, the check failed: {e.Message}"))));
        }
        return rows;
    }

    private SummaryRow Record(SummaryRow row)
    {
        recorder.Write(row);
        return row;
    }
}
