using System.Runtime.InteropServices;
using StencilBench.Backends;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Backends.Template;
using StencilBench.Stencils.Native;
using StencilBench.Workloads.Model;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace StencilBench.Harness.Measure;

/// <summary>One workload's figures for the template JIT and copy-and-patch, measured in the same run.</summary>
/// <param name="TemplateCoreNs">Emit + assemble into memory already mapped (median ns per trace).</param>
/// <param name="CopyPatchCoreNs">Size + copy + patch into memory already mapped (median ns per trace).</param>
/// <param name="TemplateCodegenNs">The whole Compile, system calls included.</param>
/// <param name="CopyPatchCodegenNs">The same for copy-and-patch.</param>
public sealed record TemplateRow(
    string Workload, int Uops, int TemplateBytes, int CopyPatchBytes,
    double TemplateCoreNs, double CopyPatchCoreNs, double TemplateCodegenNs, double CopyPatchCodegenNs,
    double InterpNsPerIteration, double CopyPatchNsPerIteration, double TemplateNsPerIteration);

/// <summary>
/// The template JIT's first measurement, side by side with copy-and-patch's (the same figures as
/// <see cref="CopyAndPatchMeasure"/>): codegen per uop, code bytes, ns per iteration against interp,
/// medians of repetitions, the three backends' runs interleaved.
/// </summary>
public static unsafe class TemplateMeasure
{
    private const int Capacity = 1 << 20;

    public static IEnumerable<TemplateRow> Run(WorkloadCatalog catalog, int codegenRepeats = 1001, int runRepeats = 15)
    {
        var template = new TemplateBackend();
        var cp = new CopyAndPatchBackend();
        var interp = new InterpBackend();
        nint memory = Allocate();
        try
        {
            foreach (var definition in catalog.All)
            {
                using var warm = new NativeTrace(definition.Instantiate().Trace);
                Core(() => TemplateInto(template, warm, memory), 500);
                Core(() => CopyPatchInto(cp, warm, memory), 500);
                QuickMeasure.CodegenNs(template, warm, 100);
                QuickMeasure.CodegenNs(cp, warm, 100);
            }
            foreach (var definition in catalog.All)
            {
                yield return Measure(definition.Instantiate(), template, cp, interp, memory, codegenRepeats, runRepeats);
            }
        }
        finally
        {
            Free(memory);
        }
    }

    private static nint Allocate() => (nint)NativeMemory.AlignedAlloc(Capacity, 4096);

    private static void Free(nint memory) => NativeMemory.AlignedFree((void*)memory);

    private static void TemplateInto(TemplateBackend template, NativeTrace trace, nint memory) =>
        template.EmitAndAssembleInto(trace, (byte*)memory, Capacity);

    private static void CopyPatchInto(CopyAndPatchBackend cp, NativeTrace trace, nint memory) =>
        cp.CopyAndPatchInto(trace, (byte*)memory, Capacity);

    private static TemplateRow Measure(Workload workload, TemplateBackend template, CopyAndPatchBackend cp, InterpBackend interp,
        nint memory, int codegenRepeats, int runRepeats)
    {
        using var trace = new NativeTrace(workload.Trace);
        double templateCore = Core(() => TemplateInto(template, trace, memory), codegenRepeats);
        double cpCore = Core(() => CopyPatchInto(cp, trace, memory), codegenRepeats);
        double templateAll = QuickMeasure.CodegenNs(template, trace, codegenRepeats);
        double cpAll = QuickMeasure.CodegenNs(cp, trace, codegenRepeats);
        using var t = template.Compile(trace);
        using var c = cp.Compile(trace);
        using var i = interp.Compile(trace);
        var samples = new double[3][];
        for (int k = 0; k < 3; k++)
        {
            samples[k] = new double[runRepeats];
        }
        for (int r = 0; r < runRepeats; r++)
        {
            samples[0][r] = QuickMeasure.ExecutionNsPerIteration(i, workload.Trace, workload.Iterations, 1);
            samples[1][r] = QuickMeasure.ExecutionNsPerIteration(c, workload.Trace, workload.Iterations, 1);
            samples[2][r] = QuickMeasure.ExecutionNsPerIteration(t, workload.Trace, workload.Iterations, 1);
        }
        return new TemplateRow(workload.Trace.Name, trace.Length, t.CodeBytes, c.CodeBytes, templateCore, cpCore, templateAll, cpAll,
            QuickMeasure.Median(samples[0]), QuickMeasure.Median(samples[1]), QuickMeasure.Median(samples[2]));
    }

    private static double Core(Action codegen, int repeats)
    {
        var samples = new double[repeats];
        for (int r = 0; r < repeats; r++)
        {
            long start = Stopwatch.GetTimestamp();
            codegen();
            samples[r] = QuickMeasure.Ns(Stopwatch.GetTimestamp() - start);
        }
        return QuickMeasure.Median(samples);
    }
}
