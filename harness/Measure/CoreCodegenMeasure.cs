using System.Runtime.InteropServices;
using StencilBench.Core.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Core.Native;
using StencilBench.Harness.Statistics;
using StencilBench.Workloads.Model;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace StencilBench.Harness.Measure;

/// <summary>One workload on one backend that can generate code into memory it is given.</summary>
/// <param name="Core">Codegen into memory already mapped, no system calls (ns per trace), with its 95% interval.</param>
/// <param name="Codegen">The whole Compile: mmap, codegen, mprotect, and munmap on dispose (ns per trace).</param>
/// <param name="Interp">interp's ns per iteration, interleaved with this backend's runs.</param>
/// <param name="Execution">This backend's ns per iteration.</param>
public sealed record CoreCodegenRow(
    string Workload, string Backend, int Uops, int CodeBytes, SampleSummary Core, SampleSummary Codegen,
    SampleSummary Interp, SampleSummary Execution)
{
    public double CoreNs => Core.Median;
    public double CodegenNs => Codegen.Median;
    public double InterpNsPerIteration => Interp.Median;
    public double NsPerIteration => Execution.Median;
    public double CoreNsPerUop => CoreNs / Uops;
    public double CodegenNsPerUop => CodegenNs / Uops;
    public double BytesPerUop => (double)CodeBytes / Uops;
    public double Speedup => InterpNsPerIteration / NsPerIteration;

    /// <summary>Iterations after which the whole compile is paid back against interp (infinite when the code is not faster).</summary>
    public double BreakEven => NsPerIteration < InterpNsPerIteration ? CodegenNs / (InterpNsPerIteration - NsPerIteration) : double.PositiveInfinity;
}

/// <summary>
/// The paper's codegen comparison, for every backend that implements <see cref="ICodegenIntoMemory"/>
/// (copy-and-patch, template): core codegen and whole compile per uop, code bytes, and ns per
/// iteration against interp, medians of repetitions with 95% intervals, the backends' runs
/// interleaved. Before anything is timed every backend compiles every workload for at least
/// <c>warmupNs</c> of wall time. That alone does not settle .NET's tiered JIT on a loaded machine
/// (the first workloads read ~10× slower per uop than the rest after a 300-compile warm-up, and
/// after 1.5 s too): <c>core-bench</c> runs this with tiered compilation off. A quick side
/// measurement; <c>run</c> is the careful one.
/// </summary>
public static unsafe class CoreCodegenMeasure
{
    private const int Capacity = 1 << 20;

    public static IEnumerable<CoreCodegenRow> Run(IReadOnlyList<WorkloadDefinition> workloads, IReadOnlyList<IBackend> backends, int codegenRepeats = 1001, int runRepeats = 15, double warmupNs = 0.3e9)
    {
        var chosen = backends.Where(b => b is ICodegenIntoMemory && b.Unavailable is null).ToList();
        nint memory = Allocate();
        try
        {
            WarmUp(workloads, chosen, memory, warmupNs);
            foreach (var definition in workloads)
            {
                foreach (var row in Measure(definition.Instantiate(), chosen, memory, codegenRepeats, runRepeats))
                {
                    yield return row;
                }
            }
        }
        finally
        {
            Free(memory);
        }
    }

    /// <summary>Whole passes over every workload and backend (core and whole compiles) until the time is up: at least one.</summary>
    private static void WarmUp(IReadOnlyList<WorkloadDefinition> workloads, List<IBackend> backends, nint memory, double ns)
    {
        var traces = workloads.Select(d => new NativeTrace(d.Instantiate().Trace)).ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            do
            {
                foreach (var trace in traces)
                {
                    foreach (var b in backends)
                    {
                        Core((ICodegenIntoMemory)b, trace, memory, 30);
                        Whole(b, trace, 5);
                    }
                }
            }
            while (clock.Elapsed.TotalMilliseconds * 1e6 < ns);
        }
        finally
        {
            traces.ForEach(t => t.Dispose());
        }
    }

    private static nint Allocate() => (nint)NativeMemory.AlignedAlloc(Capacity, 4096);

    private static void Free(nint memory) => NativeMemory.AlignedFree((void*)memory);

    private static IEnumerable<CoreCodegenRow> Measure(Workload workload, List<IBackend> backends, nint memory, int codegenRepeats, int runRepeats)
    {
        using var trace = new NativeTrace(workload.Trace);
        var core = backends.Select(b => Core((ICodegenIntoMemory)b, trace, memory, codegenRepeats)).ToList();
        var whole = backends.Select(b => Whole(b, trace, codegenRepeats)).ToList();
        var compiled = backends.Select(b => b.Compile(trace)).Prepend(new InterpBackend().Compile(trace)).ToList();
        try
        {
            // Execution interleaved: every repetition runs interp, then each backend, so drift hits all alike.
            var samples = compiled.Select(_ => new double[runRepeats]).ToList();
            for (int r = 0; r < runRepeats; r++)
            {
                for (int k = 0; k < compiled.Count; k++)
                {
                    samples[k][r] = QuickMeasure.ExecutionNsPerIteration(compiled[k], workload.Trace, workload.Iterations, 1);
                }
            }
            var interp = SampleSummary.Of(samples[0]);
            return backends.Select((b, k) => new CoreCodegenRow(workload.Trace.Name, b.Name, trace.Length, compiled[k + 1].CodeBytes,
                core[k], whole[k], interp, SampleSummary.Of(samples[k + 1]))).ToList();
        }
        finally
        {
            compiled.ForEach(c => c.Dispose());
        }
    }

    private static SampleSummary Whole(IBackend backend, NativeTrace trace, int repeats)
    {
        var samples = new double[repeats];
        for (int r = 0; r < repeats; r++)
        {
            long start = Stopwatch.GetTimestamp();
            using (backend.Compile(trace))
            {
                samples[r] = QuickMeasure.Ns(Stopwatch.GetTimestamp() - start);
            }
        }
        return SampleSummary.Of(samples);
    }

    private static SampleSummary Core(ICodegenIntoMemory backend, NativeTrace trace, nint memory, int repeats)
    {
        var samples = new double[repeats];
        for (int r = 0; r < repeats; r++)
        {
            long start = Stopwatch.GetTimestamp();
            backend.GenerateInto(trace, (byte*)memory, Capacity);
            samples[r] = QuickMeasure.Ns(Stopwatch.GetTimestamp() - start);
        }
        return SampleSummary.Of(samples);
    }
}
