using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
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
/// of its own (mode <c>instructions</c>). Each counted run is checked against the in-process
/// interpreter first; a wrong one is a failure row, never a figure.
/// </summary>
public static class InstructionsVerb
{
    private static readonly (string Backend, LoaderEngine Engine)[] Engines =
        [("interp", LoaderEngine.Interp), ("copy-and-patch", LoaderEngine.CopyAndPatch), ("copy-and-patch+tos", LoaderEngine.CopyAndPatch)];

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
            if (InstructionCounter.FindValgrind() is null)
            {
                throw new UserError("instructions: valgrind is not on PATH: run ./run-all.sh setup (installs it)");
            }
            string repo = RepositoryRoot.Find() ?? Environment.CurrentDirectory;
            string root = parse.GetValue(output) ?? Path.Combine(repo, "results");
            var session = RunSession.Start(root, MetadataProbe.Collect(repo, "instructions", "callgrind on sb_loader, one run per figure", DateTime.UtcNow));
            var (rows, _) = session.Measure(recorder => Count(chosen, recorder));
            Console.WriteLine($"results: {Path.GetRelativePath(Environment.CurrentDirectory, session.Directory)}");
            return rows.Any(r => r.Kind == Kinds.Failure) ? 1 : 0;
        });
        return command;
    }

    private static List<SummaryRow> Count(IReadOnlyList<WorkloadDefinition> chosen, RunRecorder recorder)
    {
        var stencils = new CopyAndPatchBackend().Stencils;
        var counter = new InstructionCounter(stencils);
        var tos = new CopyAndPatchBackend(CopyAndPatchOptions.Default with { TosCaching = true }, 0, "");
        var tosCounter = new InstructionCounter(tos.Stencils, plan: tos.Planned);
        var rows = new List<SummaryRow>();
        Console.WriteLine("workload            interp instr/iter  copy-and-patch instr/iter  interp/c&p  c&p+tos instr/iter  c&p/c&p+tos  loader round trip (c&p, median of 5)");
        using var loader = new LoaderProcess([]);
        var runner = new LoaderRunner(loader, stencils);
        foreach (var definition in chosen)
        {
            var w = definition.Instantiate();
            var reference = TraceRunner.Run(new InterpBackend(), w.Trace);
            var perIteration = new Dictionary<string, double>();
            foreach (var (backend, engine) in Engines)
            {
                var key = new FigureKey(Kinds.Instructions, w.Name, RowFactory.Params(w.Params), backend);
                var counted = (backend == "copy-and-patch+tos" ? tosCounter : counter).Count(w.Trace, engine);
                var problems = w.Expectation.Check(counted.Result.Outcome).ToList();
                string? wrong = counted.Result.DifferenceFrom(reference)
                    ?? (counted.Result.LeakedObjects != 0 ? $"{counted.Result.LeakedObjects} objects leaked" : null)
                    ?? (problems.Count > 0 ? string.Join("; ", problems) : null);
                var row = wrong is null
                    ? Figure(key, w, counted.Instructions)
                    : RowFactory.Failure(key, w.Trace.MainLength, w.Iterations, $"in the native loader: {wrong}");
                recorder.Write(row);
                rows.Add(row);
                perIteration[backend] = row.Median;
            }
            double interp = perIteration["interp"], cp = perIteration["copy-and-patch"], cpTos = perIteration["copy-and-patch+tos"];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{w.Name,-18} {interp,20:0.###} {cp,26:0.###} {interp / cp,10:0.00}x {cpTos,19:0.###} {cp / cpTos,11:0.00}x  {RoundTripMs(runner, w):0.###} ms"));
        }
        return rows;
    }

    private static SummaryRow Figure(FigureKey key, Workload w, long instructions)
    {
        double perIteration = (double)instructions / Math.Max(1, w.Iterations);
        return new SummaryRow
        {
            Kind = key.Kind,
            Workload = key.Workload,
            Params = key.Params,
            Backend = key.Backend,
            Uops = w.Trace.MainLength,
            Iterations = w.Iterations,
            Status = "ok",
            Note = string.Create(CultureInfo.InvariantCulture, $"{instructions} instructions in one run (callgrind, native loader)"),
            Unit = "instructions/iteration",
            N = 1,
            Batch = 1,
            Median = perIteration,
            Mad = 0,
            CiLow = perIteration,
            CiHigh = perIteration,
            Mean = perIteration,
            StdDev = 0,
            Cv = 0,
            PerUop = w.Trace.MainLength > 0 ? perIteration / w.Trace.MainLength : double.NaN,
        };
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
