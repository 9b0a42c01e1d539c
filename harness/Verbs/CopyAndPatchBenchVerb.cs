using System.CommandLine;
using System.Globalization;
using StencilBench.Harness.Measure;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Verbs;

/// <summary><c>cp-bench</c>: copy-and-patch's first measurement, every workload, printed as a table.</summary>
public static class CopyAndPatchBenchVerb
{
    public static Command Create()
    {
        var command = new Command("cp-bench", "Measure copy-and-patch codegen (ns per uop), code bytes and ns per iteration against interp");
        command.SetAction(_ =>
        {
            Console.WriteLine($"{"workload",-18} {"uops",5} {"bytes",6} {"B/uop",6} {"c+p ns",8} {"c+p/uop",8} {"codegen",9} {"cg/uop",7} {"interp ns/it",12} {"c&p ns/it",10} {"speedup",7}");
            foreach (var r in CopyAndPatchMeasure.Run(WorkloadCatalog.Load()))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Workload,-18} {r.Uops,5} {r.CodeBytes,6} {r.BytesPerUop,6:F1} {r.CopyPatchNs,8:F0} {r.CopyPatchNsPerUop,8:F1} {r.CodegenNs,9:F0} {r.CodegenNsPerUop,7:F1} {r.InterpNsPerIteration,12:F1} {r.JitNsPerIteration,10:F1} {r.Speedup,6:F2}x"));
            }
            return 0;
        });
        return command;
    }
}
