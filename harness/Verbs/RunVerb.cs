using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StencilBench.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Measure;
using StencilBench.Stencils.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>run</c>: every chosen workload on every chosen backend. Each run is first checked against the
/// workload's expectation, the interpreter's outcome and the live-object count; only a correct
/// backend is timed. Rows go to results/ as they are measured.
/// </summary>
public static class RunVerb
{
    public static Command Create()
    {
        var workloads = new Option<string[]>("--workload", "-w") { Description = "workload, group or tag (repeatable; default: all)" };
        var backends = new Option<string[]>("--backend", "-b") { Description = "backend (repeatable; default: every available one)" };
        var param = new Option<string[]>("--param", "-p") { Description = "size parameter NAME=INTEGER (repeatable)" };
        var repeats = new Option<int>("--repeats") { Description = "timed repetitions per figure", DefaultValueFactory = _ => 9 };
        var command = new Command("run", "Check and time workloads on backends") { workloads, backends, param, repeats };
        command.SetAction(parse =>
        {
            var catalog = WorkloadCatalog.Load();
            var chosenW = Selection.Workloads(catalog, parse.GetValue(workloads));
            var chosenB = Selection.Backends(new BackendRegistry(), parse.GetValue(backends));
            var given = Selection.Params(parse.GetValue(param));
            int reps = Math.Max(1, parse.GetValue(repeats));
            return Run(chosenW, chosenB, given, reps);
        });
        return command;
    }

    private static int Run(
        IReadOnlyList<WorkloadDefinition> workloads,
        IReadOnlyList<IBackend> backends,
        IReadOnlyDictionary<string, System.Numerics.BigInteger> given,
        int repeats)
    {
        using var sink = QuickResultsFile.Create();
        var table = new Table().AddColumns("workload", "backend", "check", "codegen µs", "code bytes", "ns/iter", "vs interp");
        int failures = 0;
        foreach (var definition in workloads)
        {
            var workload = definition.Instantiate(Selection.For(definition, given));
            var reference = TraceRunner.Run(new StencilBench.Backends.Interp.InterpBackend(), workload.Trace);
            double? interpNs = null;
            foreach (var backend in backends)
            {
                var result = TraceRunner.Run(backend, workload.Trace);
                var problems = workload.Expectation.Check(result.Outcome).ToList();
                if (!result.Outcome.Equals(reference.Outcome) && !OutcomesEqual(result, reference))
                {
                    problems.Add($"differs from interp: {result.Outcome}");
                }
                if (result.LeakedObjects != 0)
                {
                    problems.Add($"{result.LeakedObjects} objects leaked");
                }
                if (problems.Count > 0)
                {
                    failures++;
                    Console.Error.WriteLine($"{definition.Name} on {backend.Name}: FAILED: {string.Join("; ", problems)}");
                    table.AddRow(definition.Name, backend.Name, "[red]FAIL[/]", "", "", "", "");
                    sink.Write(workload, backend, "fail", double.NaN, 0, double.NaN);
                    continue;
                }
                using var native = new NativeTrace(workload.Trace);
                double codegen = QuickMeasure.CodegenNs(backend, native, repeats * 10);
                using var compiled = backend.Compile(native);
                double ns = QuickMeasure.ExecutionNsPerIteration(compiled, workload.Trace, workload.Iterations, repeats);
                interpNs ??= backend.Name == "interp" ? ns : null;
                sink.Write(workload, backend, "ok", codegen, compiled.CodeBytes, ns);
                table.AddRow(definition.Name, backend.Name, "[green]ok[/]",
                    (codegen / 1000).ToString("F2", CultureInfo.InvariantCulture),
                    compiled.CodeBytes.ToString(CultureInfo.InvariantCulture),
                    ns.ToString("F2", CultureInfo.InvariantCulture),
                    interpNs is double i ? (i / ns).ToString("F2", CultureInfo.InvariantCulture) + "×" : "");
            }
        }
        AnsiConsole.Write(table);
        Console.WriteLine($"results: {sink.Path}");
        return failures == 0 ? 0 : 1;
    }

    private static bool OutcomesEqual(RunResult a, RunResult b) =>
        a.Outcome.Exit == b.Outcome.Exit && a.Outcome.InstrPtr == b.Outcome.InstrPtr && a.Outcome.Error == b.Outcome.Error
        && a.Outcome.Locals.SequenceEqual(b.Outcome.Locals) && a.Outcome.Stack.SequenceEqual(b.Outcome.Stack)
        && a.ReferenceCounts.SequenceEqual(b.ReferenceCounts);
}
