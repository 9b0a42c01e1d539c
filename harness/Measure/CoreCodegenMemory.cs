using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace StencilBench.Harness.Measure;

/// <summary>One workload's whole copy-and-patch compile (memory included, freed after the clock stops) under one code memory strategy.</summary>
/// <param name="WholeNs">Median ns from trace in to executable code out.</param>
/// <param name="Phases">Each phase's median ns over the same compiles (a mean was dominated by the few compiles a busy machine preempted).</param>
public sealed record CodeMemoryRow(string Workload, int Uops, CodeMemoryStrategy Strategy, double WholeNs, IReadOnlyList<CodegenPhase> Phases)
{
    public double WholeNsPerUop => WholeNs / Uops;
}

/// <summary>
/// The code memory strategies side by side: the same trace compiled by copy-and-patch with each,
/// the strategies interleaved compile by compile so that drift hits all alike; each backend (and
/// its arena) made fresh and warmed up first.
/// </summary>
public static class CoreCodegenMemory
{
    public static IReadOnlyList<CodeMemoryStrategy> Strategies { get; } = Enum.GetValues<CodeMemoryStrategy>();

    public static IEnumerable<CodeMemoryRow> Run(IReadOnlyList<WorkloadDefinition> workloads, int repeats = 1001)
    {
        var backends = Strategies.Select(s => new CopyAndPatchBackend(new CopyAndPatchOptions(Memory: s), 0, "#000000")).ToList();
        try
        {
            foreach (var definition in workloads)
            {
                var workload = definition.Instantiate().Trace;
                using var trace = new NativeTrace(workload);
                var samples = backends.Select(_ => new double[repeats]).ToList();
                var phases = backends.Select(_ => new Dictionary<string, double[]>()).ToList();
                for (int r = -repeats / 4; r < repeats; r++) // the first quarter warms up
                {
                    for (int k = 0; k < backends.Count; k++)
                    {
                        long start = Stopwatch.GetTimestamp();
                        var compiled = backends[k].Compile(trace);
                        long end = Stopwatch.GetTimestamp();
                        compiled.Dispose();
                        if (r >= 0)
                        {
                            samples[k][r] = QuickMeasure.Ns(end - start);
                            foreach (var p in compiled.Phases)
                            {
                                if (!phases[k].TryGetValue(p.Name, out var times))
                                {
                                    phases[k][p.Name] = times = new double[repeats];
                                }
                                times[r] = p.Nanoseconds;
                            }
                        }
                    }
                }
                for (int k = 0; k < backends.Count; k++)
                {
                    yield return new CodeMemoryRow(workload.Name, trace.Length, Strategies[k], QuickMeasure.Median(samples[k]),
                        [.. phases[k].Select(p => new CodegenPhase(p.Key, QuickMeasure.Median(p.Value)))]);
                }
            }
        }
        finally
        {
            backends.ForEach(b => b.Dispose());
        }
    }
}
