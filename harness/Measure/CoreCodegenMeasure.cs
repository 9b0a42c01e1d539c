using System.Runtime.InteropServices;
using StencilBench.Core.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace StencilBench.Harness.Measure;

/// <summary>One workload on one backend that can generate code into memory it is given.</summary>
/// <param name="CoreNs">Codegen into memory already mapped, no system calls (median ns per trace).</param>
/// <param name="CodegenNs">The whole Compile: mmap, codegen, mprotect, and munmap on dispose.</param>
public sealed record CoreCodegenRow(
    string Workload, string Backend, int Uops, int CodeBytes, double CoreNs, double CodegenNs,
    double InterpNsPerIteration, double NsPerIteration)
{
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
/// iteration against interp, medians of repetitions with the backends' runs interleaved. A quick
/// side measurement; <c>run</c> is the careful one.
/// </summary>
public static unsafe class CoreCodegenMeasure
{
    private const int Capacity = 1 << 20;

    public static IEnumerable<CoreCodegenRow> Run(WorkloadCatalog catalog, IReadOnlyList<IBackend> backends, int codegenRepeats = 1001, int runRepeats = 15)
    {
        var chosen = backends.Where(b => b is ICodegenIntoMemory && b.Unavailable is null).ToList();
        nint memory = Allocate();
        try
        {
            // Warm up: let tiered compilation reach its final code for every backend before timing.
            foreach (var definition in catalog.All)
            {
                using var warm = new NativeTrace(definition.Instantiate().Trace);
                foreach (var b in chosen)
                {
                    Core((ICodegenIntoMemory)b, warm, memory, 300);
                    QuickMeasure.CodegenNs(b, warm, 50);
                }
            }
            foreach (var definition in catalog.All)
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

    private static nint Allocate() => (nint)NativeMemory.AlignedAlloc(Capacity, 4096);

    private static void Free(nint memory) => NativeMemory.AlignedFree((void*)memory);

    private static IEnumerable<CoreCodegenRow> Measure(Workload workload, List<IBackend> backends, nint memory, int codegenRepeats, int runRepeats)
    {
        using var trace = new NativeTrace(workload.Trace);
        var core = backends.Select(b => Core((ICodegenIntoMemory)b, trace, memory, codegenRepeats)).ToList();
        var whole = backends.Select(b => QuickMeasure.CodegenNs(b, trace, codegenRepeats)).ToList();
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
            double interp = QuickMeasure.Median(samples[0]);
            return backends.Select((b, k) => new CoreCodegenRow(workload.Trace.Name, b.Name, trace.Length, compiled[k + 1].CodeBytes,
                core[k], whole[k], interp, QuickMeasure.Median(samples[k + 1]))).ToList();
        }
        finally
        {
            compiled.ForEach(c => c.Dispose());
        }
    }

    private static double Core(ICodegenIntoMemory backend, NativeTrace trace, nint memory, int repeats)
    {
        var samples = new double[repeats];
        for (int r = 0; r < repeats; r++)
        {
            long start = Stopwatch.GetTimestamp();
            backend.GenerateInto(trace, (byte*)memory, Capacity);
            samples[r] = QuickMeasure.Ns(Stopwatch.GetTimestamp() - start);
        }
        return QuickMeasure.Median(samples);
    }
}
