using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Loader;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>instructions</c>: executed instructions per loop iteration of each workload on interp and
/// copy-and-patch, counted by callgrind on the native loader (harness/Loader). Exact and
/// repeatable, unlike times on a noisy machine: rows of kind <c>instructions</c> in a run folder
/// of its own (mode <c>instructions</c>). <c>run --instructions</c> records the same rows in a
/// timed run's folder.
/// </summary>
public static class InstructionsVerb
{
    public static Command Create()
    {
        var workloads = new Option<string[]>("--workload", "-w") { Description = "workload, group or tag (repeatable; default: all)" };
        var output = new Option<string?>("--output", "-o") { Description = "results folder (default: results/)" };
        var command = new Command("instructions", "Count executed instructions per loop iteration (callgrind on the native loader) for interp and copy-and-patch; exact figures")
        {
            workloads, output,
        };
        command.SetAction(parse =>
        {
            var chosen = Selection.Workloads(WorkloadCatalog.Load(), parse.GetValue(workloads));
            RequireValgrind("instructions");
            string repo = RepositoryRoot.Find() ?? Environment.CurrentDirectory;
            string root = parse.GetValue(output) ?? Path.Combine(repo, "results");
            var session = RunSession.Start(root, MetadataProbe.Collect(repo, "instructions", "callgrind on sb_loader, one run per figure", DateTime.UtcNow));
            var (rows, _) = session.Measure(recorder => Count(chosen, recorder));
            Console.WriteLine($"results: {Path.GetRelativePath(Environment.CurrentDirectory, session.Directory)}");
            return rows.Any(r => r.Kind == Kinds.Failure) ? 1 : 0;
        });
        return command;
    }

    /// <summary>One line naming the fix when valgrind is missing.</summary>
    /// <exception cref="UserError">valgrind is not on PATH.</exception>
    public static void RequireValgrind(string verb)
    {
        if (InstructionCounter.FindValgrind() is null)
        {
            throw new UserError($"{verb}: valgrind is not on PATH: run ./run-all.sh setup (installs it)");
        }
    }

    private static List<SummaryRow> Count(IReadOnlyList<WorkloadDefinition> chosen, RunRecorder recorder)
    {
        var figures = new InstructionFigures();
        var rows = new List<SummaryRow>();
        Console.WriteLine("workload            interp instr/iter  copy-and-patch instr/iter  interp/c&p  c&p+tos instr/iter  c&p/c&p+tos  loader round trip (c&p, median of 5)");
        using var loader = new LoaderProcess([]);
        var runner = new LoaderRunner(loader, new CopyAndPatchBackend().Stencils);
        foreach (var definition in chosen)
        {
            var w = definition.Instantiate();
            var counted = figures.Count(w, recorder);
            rows.AddRange(counted);
            var perIteration = counted.ToDictionary(r => r.Backend, r => r.Median);
            double interp = perIteration["interp"], cp = perIteration["copy-and-patch"], cpTos = perIteration["copy-and-patch+tos"];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{w.Name,-18} {interp,20:0.###} {cp,26:0.###} {interp / cp,10:0.00}x {cpTos,19:0.###} {cp / cpTos,11:0.00}x  {RoundTripMs(runner, w):0.###} ms"));
        }
        return rows;
    }

    /// <summary>Patch here, send, run in the loader, read back: wall time of one copy-and-patch round trip (not recorded: it is noisy).</summary>
    private static double RoundTripMs(LoaderRunner runner, Workload w)
    {
        var times = new double[5];
        for (int i = 0; i < times.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            runner.Run(w.Trace, LoaderEngine.CopyAndPatch);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return times[times.Length / 2];
    }
}
