using System.CommandLine;
using System.Globalization;
using StencilBench.Harness.Measure;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Verbs;

/// <summary><c>template-bench</c>: the template JIT's first measurement beside copy-and-patch's, every workload.</summary>
public static class TemplateBenchVerb
{
    public static Command Create()
    {
        var command = new Command("template-bench", "Measure the template JIT beside copy-and-patch: codegen ns per uop, bytes per uop, ns per iteration against interp");
        command.SetAction(_ =>
        {
            Console.WriteLine("core = emit+assemble (template) or copy+patch (c&p) into mapped memory; all = the whole Compile with mmap/mprotect");
            Console.WriteLine($"{"workload",-17} {"uops",4} {"B/uop t",7} {"B/uop cp",8} {"core/uop t",10} {"core/uop cp",11} {"ratio",6} {"all/uop t",9} {"all/uop cp",10} {"interp ns/it",12} {"c&p",8} {"template",8} {"t vs c&p",8}");
            foreach (var r in TemplateMeasure.Run(WorkloadCatalog.Load()))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Workload,-17} {r.Uops,4} {(double)r.TemplateBytes / r.Uops,7:F1} {(double)r.CopyPatchBytes / r.Uops,8:F1} {r.TemplateCoreNs / r.Uops,10:F0} {r.CopyPatchCoreNs / r.Uops,11:F0} {r.TemplateCoreNs / r.CopyPatchCoreNs,5:F1}x {r.TemplateCodegenNs / r.Uops,9:F0} {r.CopyPatchCodegenNs / r.Uops,10:F0} {r.InterpNsPerIteration,12:F1} {r.CopyPatchNsPerIteration,8:F1} {r.TemplateNsPerIteration,8:F1} {r.CopyPatchNsPerIteration / r.TemplateNsPerIteration,7:F2}x"));
            }
            return 0;
        });
        return command;
    }
}
