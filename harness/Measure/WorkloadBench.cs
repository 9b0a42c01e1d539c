using StencilBench.Core.Backends;
using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Measure;

/// <summary>
/// Measures one workload at one size on every backend: checks each first (a wrong one is a
/// failure row, never timed), then codegen in context (interleaved) and alone (each backend
/// warmed up and sampled with no other in between), then execution (interleaved), and
/// writes the rows with speed-up over interp, break-even and time to first result.
/// </summary>
public sealed class WorkloadBench(MeasureSettings settings, RunRecorder recorder, IBackend referenceBackend, Action<string> status) : IWorkloadMeasurer
{
    /// <summary>Measures and records; returns the rows written (failures included).</summary>
    /// <param name="codegen">Measure codegen too (false for execution scaling).</param>
    /// <param name="executionKind"><see cref="Kinds.Execution"/> or <see cref="Kinds.ExecutionScaling"/>.</param>
    public IReadOnlyList<SummaryRow> Measure(Workload workload, IReadOnlyList<IBackend> backends, bool codegen, string executionKind)
    {
        string ps = RowFactory.Params(workload.Params);
        int uops = workload.Trace.GraphInstructionCount;
        var rows = new List<SummaryRow>();
        status($"{workload.Name}: checking");
        var reference = TraceRunner.Run(referenceBackend, workload.Trace);
        var ok = new List<IBackend>();
        foreach (var b in backends)
        {
            var problems = CorrectnessCheck.Problems(b, workload, reference);
            if (problems.Count > 0)
            {
                rows.Add(Record(RowFactory.Failure(new FigureKey(Kinds.Failure, workload.Name, ps, b.Name), uops, workload.Iterations, string.Join("; ", problems))));
            }
            else
            {
                ok.Add(b);
            }
        }
        rows.AddRange(MeasureChecked(workload, ok, codegen, executionKind));
        return rows;
    }

    /// <summary>Times backends already checked: codegen (when asked), then execution; records and returns the rows.</summary>
    public IReadOnlyList<SummaryRow> MeasureChecked(Workload workload, IReadOnlyList<IBackend> ok, bool codegen, string executionKind)
    {
        string ps = RowFactory.Params(workload.Params);
        int uops = workload.Trace.GraphInstructionCount;
        var rows = new List<SummaryRow>();
        if (ok.Count == 0)
        {
            return rows;
        }
        using var native = new NativeTrace(workload.Trace);
        if (settings.ProcessWarmupNs > 0)
        {
            status($"{workload.Name}: warming up a fresh process");
            ProcessWarmup.Run(ok, native, settings.ProcessWarmupNs);
        }
        var codegenRows = new Dictionary<string, SummaryRow>();
        if (codegen)
        {
            status($"{workload.Name}: codegen");
            foreach (var row in MeasureCodegen(workload, ps, uops, native, ok))
            {
                if (row.Kind == Kinds.Codegen)
                {
                    codegenRows[row.Backend] = row;
                }
                rows.Add(Record(row));
            }
        }
        status($"{workload.Name}: execution");
        rows.AddRange(MeasureExecution(workload, ps, uops, native, ok, executionKind, codegenRows).Select(Record));
        return rows;
    }

    private SummaryRow Record(SummaryRow row)
    {
        recorder.Write(row);
        return row;
    }

    private IEnumerable<SummaryRow> MeasureCodegen(Workload w, string ps, int uops, NativeTrace native, IReadOnlyList<IBackend> ok)
    {
        var samplers = ok.Select(b => new CodegenSampler(b, native)).ToList();
        foreach (var s in samplers)
        {
            s.Calibrate(settings.CodegenSampleNs, settings.MaxBatch, settings.WarmupNs);
        }
        var samples = Interleaver.Run(samplers, settings.CodegenReps);
        for (int i = 0; i < samplers.Count; i++)
        {
            yield return CodegenRow(new FigureKey(Kinds.Codegen, w.Name, ps, samplers[i].Backend), w, uops, samplers[i], samples[i]);
        }
        foreach (var s in samplers)
        {
            s.Calibrate(settings.CodegenSampleNs, settings.MaxBatch, settings.WarmupNs);
            var alone = Interleaver.Run([s], settings.CodegenReps)[0];
            yield return CodegenRow(new FigureKey(Kinds.CodegenAlone, w.Name, ps, s.Backend), w, uops, s, alone);
        }
    }

    private SummaryRow CodegenRow(FigureKey key, Workload w, int uops, CodegenSampler sampler, double[] samples)
    {
        recorder.WriteSamples(key, samples, sampler.Batch);
        var row = RowFactory.Figure(key, uops, w.Iterations, "ns/trace", samples, sampler.Batch);
        row.CodeBytes = sampler.CodeBytes;
        row.Phases = RowFactory.Phases(sampler.Phases);
        return row;
    }

    private List<SummaryRow> MeasureExecution(
        Workload w, string ps, int uops, NativeTrace native, IReadOnlyList<IBackend> ok, string kind, Dictionary<string, SummaryRow> codegenRows)
    {
        var compiled = ok.Select(b => ExecutorGraph.Compile(b, native)).ToList();
        try
        {
            var samplers = ok.Select((b, i) => new ExecutionSampler(b.Name, compiled[i], w.Trace, w.Iterations)).ToList();
            foreach (var s in samplers)
            {
                s.WarmUp(settings.WarmupNs, settings.ExecutionSampleNs, settings.MaxBatch);
            }
            var samples = Interleaver.Run(samplers, kind == Kinds.Execution ? settings.ExecutionReps : Math.Max(5, settings.ScalingReps * 2));
            int interp = samplers.FindIndex(s => s.Backend == referenceBackend.Name);
            var rows = new List<SummaryRow>();
            for (int i = 0; i < samplers.Count; i++)
            {
                var key = new FigureKey(kind, w.Name, ps, samplers[i].Backend);
                recorder.WriteSamples(key, samples[i], samplers[i].Batch);
                var row = RowFactory.Figure(key, uops, w.Iterations, "ns/iteration", samples[i], samplers[i].Batch);
                row.CodeBytes = compiled[i].CodeBytes;
                if (interp >= 0)
                {
                    double[] ratios = PairedRatios.Of(samples[interp], samples[i]);
                    recorder.WriteSamples(key with { Kind = kind == Kinds.Execution ? Kinds.Speedup : kind + "_speedup" }, ratios, 1);
                    var r = SampleSummary.Of(ratios);
                    (row.SpeedupVsInterp, row.SpeedupCiLow, row.SpeedupCiHigh) = (r.Median, r.CiLow, r.CiHigh);
                }
                if (codegenRows.TryGetValue(samplers[i].Backend, out var cg))
                {
                    row.CodegenNs = cg.Median;
                    row.FirstResultNs = BreakEven.TotalNs(cg.Median, row.Median, w.Iterations);
                    if (interp >= 0 && interp != i)
                    {
                        row.BreakEvenIterations = BreakEven.Iterations(cg.Median, SampleSummary.Of(samples[interp]).Median, row.Median);
                    }
                }
                rows.Add(row);
            }
            return rows;
        }
        finally
        {
            compiled.ForEach(c => c.Dispose());
        }
    }
}
