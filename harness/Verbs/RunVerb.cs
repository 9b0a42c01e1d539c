using System.CommandLine;
using Spectre.Console;
using StencilBench.Core.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;
using StencilBench.Workloads.Model;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Workers;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>run</c>: every chosen workload on every chosen backend (host target). Each backend is
/// first checked against the workload's expectation, the interpreter's outcome and the
/// live-object count; a wrong one is recorded as a failure and never timed. Then codegen and
/// execution are timed, backends interleaved, and scaling is measured. Rows go to
/// results/&lt;run id&gt;/ as they are measured; results/latest points at the run.
/// </summary>
public static class RunVerb
{
    public static Command Create()
    {
        var workloads = new Option<string[]>("--workload", "-w") { Description = "workload, group or tag (repeatable; default: all)" };
        var backends = new Option<string[]>("--backend", "-b") { Description = "backend (repeatable; default: every available one)" };
        var param = new Option<string[]>("--param", "-p") { Description = "size parameter NAME=INTEGER (repeatable)" };
        var quick = new Option<bool>("--quick") { Description = "a short run (about a minute): fewer repetitions, shorter samples" };
        var noScaling = new Option<bool>("--no-scaling") { Description = "skip codegen-vs-length and execution-vs-size scaling" };
        var target = new Option<string>("--target") { Description = "target to run on (only 'host' so far)", DefaultValueFactory = _ => "host" };
        var output = new Option<string?>("--results") { Description = "results folder (default: <repo>/results)" };
        var timeInWorkers = new Option<bool>("--time-in-workers") { Description = "time each workload in a worker process too, not only check it there (cold JIT: see README)" };
        var timeout = new Option<double?>("--timeout") { Description = "seconds a worker may take to measure one workload (default 120; a check gets at most 20) before it is killed as a hang" };
        var command = new Command("run", "Check, then time codegen and execution of workloads on backends")
        {
            workloads, backends, param, quick, noScaling, target, output, timeout, timeInWorkers,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(target) is string t && t != "host" && t != HostTriple.Current)
            {
                throw new UserError($"--target {t}: only the host ({HostTriple.Current}) can be measured so far");
            }
            var catalog = WorkloadCatalog.Load();
            var registry = new BackendRegistry();
            var names = parse.GetValue(backends);
            var plan = new MatrixPlan(
                Selection.Workloads(catalog, parse.GetValue(workloads)),
                registry.Reference,
                Selection.Backends(registry, names),
                names is { Length: > 0 } ? [] : [.. registry.All.Where(b => b.Unavailable is not null)],
                Selection.Params(parse.GetValue(param)),
                parse.GetValue(quick) ? MeasureSettings.Quick : MeasureSettings.Careful,
                !parse.GetValue(noScaling));
            Selection.CheckParamsAreDeclared(plan.Workloads, plan.Params);
            if (parse.GetValue(timeout) is <= 0)
            {
                throw new UserError("--timeout: expected a positive number of seconds");
            }
            return Run(plan, parse.GetValue(output), new WorkerSetup(WorkerCommand.Current(), WorkerLimits.FromSeconds(parse.GetValue(timeout)), TimeInWorkers: parse.GetValue(timeInWorkers)));
        });
        return command;
    }

    private static int Run(MatrixPlan plan, string? resultsRoot, WorkerSetup workers)
    {
        string repo = RepositoryRoot.Find() ?? Environment.CurrentDirectory;
        resultsRoot ??= Path.Combine(repo, "results");
        var metadata = MetadataProbe.Collect(repo, plan.Settings.Mode, plan.Settings.Describe(), DateTime.UtcNow);
        metadata = metadata with { RunId = ResultsDirectory.Create(resultsRoot, metadata.RunId) };
        string dir = Path.Combine(resultsRoot, metadata.RunId);
        string started = metadata.TimestampUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        new RunStatus(metadata.RunId, Finished: false, started, null).Save(dir);
        foreach (var b in plan.Unavailable)
        {
            Console.Error.WriteLine($"note: backend '{b.Name}' skipped: {b.Unavailable}");
        }
        IReadOnlyList<SummaryRow> rows;
        using (var recorder = new RunRecorder(dir, metadata))
        {
            var matrix = new MatrixRun(plan, recorder, status => new WorkerBench(workers, plan.Settings, recorder, plan.Reference, status));
            rows = AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("measuring", maxValue: Math.Max(1, matrix.Steps));
                    return matrix.Execute(s => task.Description = Markup.Escape(s), () => task.Increment(1));
                });
        }
        new RunStatus(metadata.RunId, Finished: true, started, DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Save(dir);
        ResultsDirectory.MarkLatest(resultsRoot, metadata.RunId);
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
        }
        AnsiConsole.Write(RunTable.Build(rows, new BackendRegistry().Lineup));
        var failures = rows.Where(r => r.Kind == Kinds.Failure && r.Status is "fail" or "hang").ToList();
        foreach (var f in failures)
        {
            Console.Error.WriteLine($"{f.Workload} on {f.Backend}: {(f.Status == "hang" ? "HUNG" : "FAILED")}: {f.Note}");
        }
        int unstable = rows.Count(r => r.Unstable);
        if (unstable > 0)
        {
            Console.Error.WriteLine($"warning: {unstable} figures have a standard deviation above 10% of their mean (marked unstable); {(plan.Settings.Mode == "quick" ? "rerun without --quick, " : "rerun ")}on a quieter machine before trusting their absolute values");
        }
        Console.WriteLine($"results: {Path.GetRelativePath(Environment.CurrentDirectory, dir)}");
        return failures.Count == 0 ? 0 : 1;
    }
}
