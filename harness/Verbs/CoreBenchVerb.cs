using System.CommandLine;
using System.Globalization;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;
using StencilBench.Harness.Workers;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>core-bench</c>: codegen without the system calls (copy and patch; emit and assemble) beside the
/// whole compile, code bytes and ns per iteration against interp, for every backend that can
/// generate into memory it is given; medians with 95% intervals, printed and written to
/// core-bench.csv in a run folder of its own (mode <c>core-bench</c>). It times managed code in its
/// own process, so it re-runs itself with tiered compilation off (<see cref="UntieredRerun"/>).
/// </summary>
public static class CoreBenchVerb
{
    public static Command Create()
    {
        var backends = new Option<string[]>("--backend", "-b") { Description = "backend (repeatable; default: every one that can)" };
        var workloads = new Option<string[]>("--workload", "-w") { Description = "workload, group or tag (repeatable; default: all)" };
        var noMemory = new Option<bool>("--no-memory") { Description = "skip the table of copy-and-patch's code memory strategies" };
        var repeats = new Option<int>("--repeats") { Description = "codegen samples per backend and workload", DefaultValueFactory = _ => 1001 };
        var warmup = new Option<double>("--warmup") { Description = "milliseconds every backend compiles every workload before anything is timed (tiered JIT)", DefaultValueFactory = _ => 300 };
        var output = new Option<string?>("--results") { Description = "results folder (default: <repo>/results)" };
        var command = new Command("core-bench", "Core codegen (no mmap/mprotect) per uop beside the whole compile, bytes per uop, ns per iteration against interp; copy-and-patch's code memory strategies side by side")
        {
            backends, workloads, noMemory, repeats, warmup, output,
        };
        command.SetAction(parse =>
        {
            if (UntieredRerun.Needed)
            {
                return UntieredRerun.Run();
            }
            var chosen = Selection.Backends(new BackendRegistry(), parse.GetValue(backends));
            if (parse.GetValue(repeats) < 1 || parse.GetValue(warmup) < 0)
            {
                throw new UserError("core-bench: --repeats must be at least 1 and --warmup 0 or more");
            }
            var picked = Selection.Workloads(WorkloadCatalog.Load(), parse.GetValue(workloads));
            string repo = RepositoryRoot.Find() ?? Environment.CurrentDirectory;
            string root = parse.GetValue(output) ?? Path.Combine(repo, "results");
            var session = RunSession.Start(root, MetadataProbe.Collect(repo, "core-bench",
                string.Create(CultureInfo.InvariantCulture, $"codegen_reps={parse.GetValue(repeats)};warmup_ms={parse.GetValue(warmup)}"), DateTime.UtcNow));
            session.Measure(_ =>
            {
                using var csv = new RowWriter<CoreBenchRow>(Path.Combine(session.Directory, CoreBenchFile));
                Console.WriteLine($"{"workload",-18} {"backend",-15} {"uops",5} {"bytes",6} {"B/uop",6} {"core ns [95% CI]",-24} {"core/uop",8} {"codegen [95% CI]",-26} {"cg/uop",7} {"interp ns/it",12} {"ns/it",9} {"speedup",7} {"break-even",10}");
                foreach (var r in CoreCodegenMeasure.Run(picked, chosen, parse.GetValue(repeats), warmupNs: parse.GetValue(warmup) * 1e6))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{r.Workload,-18} {r.Backend,-15} {r.Uops,5} {r.CodeBytes,6} {r.BytesPerUop,6:F1} {Ci(r.CoreNs, r.Core.CiLow, r.Core.CiHigh),-24} {r.CoreNsPerUop,8:F1} {Ci(r.CodegenNs, r.Codegen.CiLow, r.Codegen.CiHigh),-26} {r.CodegenNsPerUop,7:F1} {r.InterpNsPerIteration,12:F1} {r.NsPerIteration,9:F1} {r.Speedup,6:F2}x {r.BreakEven,10:F0}"));
                    csv.Write(Row(session.Metadata.RunId, r));
                }
                return [];
            });
            if (!parse.GetValue(noMemory))
            {
                PrintMemoryStrategies(picked);
            }
            Console.WriteLine($"results: {Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(session.Directory, CoreBenchFile))}");
            return 0;
        });
        return command;
    }

    public const string CoreBenchFile = "core-bench.csv";

    private static string Ci(double median, double low, double high) => string.Create(CultureInfo.InvariantCulture, $"{median:F0} [{low:F0}–{high:F0}]");

    private static CoreBenchRow Row(string runId, CoreCodegenRow r) => new()
    {
        RunId = runId,
        Workload = r.Workload,
        Backend = r.Backend,
        Uops = r.Uops,
        CodeBytes = r.CodeBytes,
        CoreNs = r.CoreNs,
        CoreCiLow = r.Core.CiLow,
        CoreCiHigh = r.Core.CiHigh,
        CodegenNs = r.CodegenNs,
        CodegenCiLow = r.Codegen.CiLow,
        CodegenCiHigh = r.Codegen.CiHigh,
        InterpNsPerIteration = r.InterpNsPerIteration,
        NsPerIteration = r.NsPerIteration,
        NsPerIterationCiLow = r.Execution.CiLow,
        NsPerIterationCiHigh = r.Execution.CiHigh,
        Speedup = r.Speedup,
        BreakEven = r.BreakEven,
    };

    private static void PrintMemoryStrategies(IReadOnlyList<WorkloadDefinition> picked)
    {
        Console.WriteLine();
        Console.WriteLine("copy-and-patch whole compile per code memory strategy (median ns per trace and per phase)");
        Console.WriteLine($"{"workload",-18} {"strategy",-12} {"uops",5} {"whole ns",9} {"ns/uop",7}  phases");
        foreach (var r in CoreCodegenMemory.Run(picked))
        {
            string phases = string.Join(", ", r.Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Nanoseconds:F0}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Workload,-18} {r.Strategy,-12} {r.Uops,5} {r.WholeNs,9:F0} {r.WholeNsPerUop,7:F1}  {phases}"));
        }
    }
}
