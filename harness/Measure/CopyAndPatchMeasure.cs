using System.Runtime.InteropServices;
using Stopwatch = System.Diagnostics.Stopwatch;
using StencilBench.Backends;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Stencils.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Measure;

/// <summary>One workload's first copy-and-patch figures against the interpreter.</summary>
/// <param name="CopyPatchNs">Size, copy and patch alone (median ns per trace), into memory already mapped.</param>
/// <param name="CodegenNs">The whole Compile: size, mmap, copy+patch, mprotect, and munmap on dispose.</param>
public sealed record CopyAndPatchRow(
    string Workload, int Uops, int CodeBytes, double CopyPatchNs, double CodegenNs, double InterpNsPerIteration, double JitNsPerIteration)
{
    public double CopyPatchNsPerUop => CopyPatchNs / Uops;
    public double CodegenNsPerUop => CodegenNs / Uops;
    public double BytesPerUop => (double)CodeBytes / Uops;
    public double Speedup => InterpNsPerIteration / JitNsPerIteration;
}

/// <summary>
/// A first measurement of copy-and-patch (not a timed test): codegen per trace and per uop, code
/// bytes, and execution per iteration against <c>interp</c>, medians of interleaved repetitions.
/// </summary>
public static unsafe class CopyAndPatchMeasure
{
    public static IEnumerable<CopyAndPatchRow> Run(WorkloadCatalog catalog, int codegenRepeats = 2001, int runRepeats = 15)
    {
        var jit = new CopyAndPatchBackend();
        var interp = new InterpBackend();
        // Warm up: let tiered compilation reach its final code for the patcher before timing it.
        foreach (var definition in catalog.All)
        {
            using var warm = new NativeTrace(definition.Instantiate().Trace);
            CopyPatchNs(jit, warm, 500);
            QuickMeasure.CodegenNs(jit, warm, 100);
        }
        Thread.Sleep(300);
        foreach (var definition in catalog.All)
        {
            var workload = definition.Instantiate();
            using var trace = new NativeTrace(workload.Trace);
            int uops = trace.Length;
            double copyPatch = CopyPatchNs(jit, trace, codegenRepeats);
            double codegen = QuickMeasure.CodegenNs(jit, trace, codegenRepeats);
            using var compiledJit = jit.Compile(trace);
            using var compiledInterp = interp.Compile(trace);
            var jitSamples = new double[runRepeats];
            var interpSamples = new double[runRepeats];
            for (int i = 0; i < runRepeats; i++)
            {
                // Interleaved, so drift hits both alike.
                interpSamples[i] = QuickMeasure.ExecutionNsPerIteration(compiledInterp, workload.Trace, workload.Iterations, 1);
                jitSamples[i] = QuickMeasure.ExecutionNsPerIteration(compiledJit, workload.Trace, workload.Iterations, 1);
            }
            yield return new CopyAndPatchRow(definition.Name, uops, compiledJit.CodeBytes, copyPatch, codegen,
                QuickMeasure.Median(interpSamples), QuickMeasure.Median(jitSamples));
        }
    }

    private static double CopyPatchNs(CopyAndPatchBackend jit, NativeTrace trace, int repeats)
    {
        const int capacity = 1 << 20;
        byte* memory = (byte*)NativeMemory.AlignedAlloc(capacity, 4096);
        try
        {
            var samples = new double[repeats];
            for (int i = 0; i < repeats; i++)
            {
                long start = Stopwatch.GetTimestamp();
                jit.CopyAndPatchInto(trace, memory, capacity);
                samples[i] = QuickMeasure.Ns(Stopwatch.GetTimestamp() - start);
            }
            return QuickMeasure.Median(samples);
        }
        finally
        {
            NativeMemory.AlignedFree(memory);
        }
    }
}
