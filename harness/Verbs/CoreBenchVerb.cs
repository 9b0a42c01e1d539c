using System.CommandLine;
using System.Globalization;
using StencilBench.Core.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Measure;
using StencilBench.Workloads.Model;
using StencilBench.Harness.Backends;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>core-bench</c>: codegen without the system calls (copy and patch; emit and assemble) beside the
/// whole compile, code bytes and ns per iteration against interp, for every backend that can
/// generate into memory it is given.
/// </summary>
public static class CoreBenchVerb
{
    public static Command Create()
    {
        var backends = new Option<string[]>("--backend", "-b") { Description = "backend (repeatable; default: every one that can)" };
        var noMemory = new Option<bool>("--no-memory") { Description = "skip the table of copy-and-patch's code memory strategies" };
        var command = new Command("core-bench", "Core codegen (no mmap/mprotect) per uop beside the whole compile, bytes per uop, ns per iteration against interp; copy-and-patch's code memory strategies side by side") { backends, noMemory };
        command.SetAction(parse =>
        {
            var chosen = Selection.Backends(new BackendRegistry(), parse.GetValue(backends));
            Console.WriteLine($"{"workload",-18} {"backend",-15} {"uops",5} {"bytes",6} {"B/uop",6} {"core ns",8} {"core/uop",8} {"codegen",9} {"cg/uop",7} {"interp ns/it",12} {"ns/it",9} {"speedup",7} {"break-even",10}");
            foreach (var r in CoreCodegenMeasure.Run(WorkloadCatalog.Load(), chosen))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Workload,-18} {r.Backend,-15} {r.Uops,5} {r.CodeBytes,6} {r.BytesPerUop,6:F1} {r.CoreNs,8:F0} {r.CoreNsPerUop,8:F1} {r.CodegenNs,9:F0} {r.CodegenNsPerUop,7:F1} {r.InterpNsPerIteration,12:F1} {r.NsPerIteration,9:F1} {r.Speedup,6:F2}x {r.BreakEven,10:F0}"));
            }
            if (!parse.GetValue(noMemory))
            {
                PrintMemoryStrategies();
            }
            return 0;
        });
        return command;
    }

    private static void PrintMemoryStrategies()
    {
        Console.WriteLine();
        Console.WriteLine("copy-and-patch whole compile per code memory strategy (median ns per trace and per phase)");
        Console.WriteLine($"{"workload",-18} {"strategy",-12} {"uops",5} {"whole ns",9} {"ns/uop",7}  phases");
        foreach (var r in CoreCodegenMemory.Run(WorkloadCatalog.Load()))
        {
            string phases = string.Join(", ", r.Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Nanoseconds:F0}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Workload,-18} {r.Strategy,-12} {r.Uops,5} {r.WholeNs,9:F0} {r.WholeNsPerUop,7:F1}  {phases}"));
        }
    }
}
