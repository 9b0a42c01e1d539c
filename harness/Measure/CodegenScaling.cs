using System.Globalization;
using StencilBench.Core.Backends;
using StencilBench.Harness.Results;
using StencilBench.Core.Native;
using StencilBench.Workloads.Random;

namespace StencilBench.Harness.Measure;

/// <summary>
/// Codegen time against trace length: random traces (workloads/Random, seeded by the length)
/// of 10 to 10,000 uops, every backend interleaved at each length. A backend whose single
/// compile exceeds the settings' budget is not given longer traces (a note says so).
/// </summary>
public sealed class CodegenScaling(MeasureSettings settings, RunRecorder recorder, Action<string> status)
{
    public const string Workload = "random";

    public IReadOnlyList<SummaryRow> Measure(IReadOnlyList<IBackend> backends)
    {
        var rows = new List<SummaryRow>();
        var active = backends.ToList();
        foreach (int length in settings.ScalingLengths)
        {
            status($"codegen scaling: {length} uops");
            var trace = RandomTraceGenerator.Generate(seed: length, length);
            string ps = string.Create(CultureInfo.InvariantCulture, $"length={length}");
            int uops = trace.Instructions.Count;
            using var native = new NativeTrace(trace);
            var samplers = new List<CodegenSampler>();
            foreach (var b in active.ToList())
            {
                var sampler = new CodegenSampler(b, native);
                try
                {
                    double one = sampler.Calibrate(settings.CodegenSampleNs, settings.MaxBatch);
                    samplers.Add(sampler);
                    if (one > settings.ScalingBudgetNs && length < settings.ScalingLengths.Max())
                    {
                        active.Remove(b);
                        rows.Add(Record(RowFactory.Skipped(new FigureKey(Kinds.CodegenScaling, Workload, ps, b.Name), uops,
                            string.Create(CultureInfo.InvariantCulture, $"longer traces skipped: one compile took {one / 1e6:0} ms"))));
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    active.Remove(b);
                    rows.Add(Record(RowFactory.Failure(new FigureKey(Kinds.CodegenScaling, Workload, ps, b.Name), uops, 1, $"compile threw {e.GetType().Name}: {e.Message}")));
                }
            }
            var samples = Interleaver.Run(samplers, settings.ScalingReps);
            for (int i = 0; i < samplers.Count; i++)
            {
                var key = new FigureKey(Kinds.CodegenScaling, Workload, ps, samplers[i].Backend);
                recorder.WriteSamples(key, samples[i], samplers[i].Batch);
                var row = RowFactory.Figure(key, uops, 1, "ns/trace", samples[i], samplers[i].Batch);
                row.CodeBytes = samplers[i].CodeBytes;
                row.Phases = RowFactory.Phases(samplers[i].Phases);
                rows.Add(Record(row));
            }
        }
        return rows;
    }

    private SummaryRow Record(SummaryRow row)
    {
        recorder.Write(row);
        return row;
    }
}
