using System.CommandLine;
using Spectre.Console;
using StencilBench.Core.Backends;
using StencilBench.Frontend.Running;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Model;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Targets;
using StencilBench.Harness.Workers;
using System.Runtime.InteropServices;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>run</c>: every chosen workload on every chosen backend (host target; other targets with
/// <c>--target</c>: <see cref="TargetPass"/>). Each backend is
/// first checked against the workload's expectation, the interpreter's outcome and the
/// live-object count; a wrong one is recorded as a failure and never timed. Then codegen and
/// execution are timed, backends interleaved, and scaling is measured. Rows go to
/// results/&lt;run id&gt;/ as they are measured; results/latest points at the run from its start.
/// Ctrl-C (or SIGTERM) stops the run after the step in flight (a worker in flight is killed):
/// the rows measured stay, run.json says the run did not finish, and the exit code is 130.
/// </summary>
public static class RunVerb
{
    /// <summary>The exit code of a run stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    public static Command Create()
    {
        var named = new Argument<string[]>("workloads") { Description = "workloads, groups, tags or .uops files (the same as --workload)", Arity = ArgumentArity.ZeroOrMore };
        var workloads = new Option<string[]>("--workload", "-w") { Description = "workload, group, tag or .uops file (repeatable; default: all)" };
        var catalogDir = new Option<string?>("--catalog", "--workloads-dir") { Description = "a folder of your own workloads: its manifest.txt and the traces it lists (default: the shipped workloads)" };
        var backends = new Option<string[]>("--backend", "-b") { Description = "backend, or `ablation` for every variant with the strategy it varies (repeatable; default: every available strategy, no variants)" };
        var param = new Option<string[]>("--param", "-p") { Description = "size parameter NAME=INTEGER for every chosen workload that has it, or WORKLOAD.NAME=INTEGER for one (repeatable)" };
        var quick = new Option<bool>("--quick") { Description = "a short run (about a minute): fewer repetitions, shorter samples" };
        var noScaling = new Option<bool>("--no-scaling") { Description = "skip codegen-vs-length and execution-vs-size scaling" };
        var target = new Option<string[]>("--target") { Description = "host (the default), a target triple or all (repeatable): other targets get per-target codegen rows, execution where their code runs here, an emulated check elsewhere (list --targets)" };
        var output = new Option<string?>("--results") { Description = "results folder (default: <repo>/results)" };
        var timeInWorkers = new Option<bool>("--time-in-workers") { Description = "time each workload in a worker process too, not only check it there (cold JIT: see README)" };
        var processes = new Option<int?>("--processes") { Description = $"worker processes that each time every workload; intervals come from the spread between them (default {DefaultProcesses(careful: true)}, with --quick {DefaultProcesses(careful: false)}; 1 times in this process)" };
        var processWarmup = new Option<double?>("--process-warmup") { Description = "milliseconds of codegen warm-up per backend in each timing worker before it times anything (default 400, careful 1000)" };
        var timeout = new Option<double?>("--timeout") { Description = "seconds a worker may take to measure one workload (default 120; a check gets at most 20) before it is killed as a hang" };
        var store = new Option<bool>("--store") { Description = "write the run into this machine's results store, results/machines/<machine id>/ (for merge and trend charts across machines)" };
        var instructions = new Option<bool>("--instructions") { Description = "also count executed instructions per iteration (callgrind on the native loader; interp and copy-and-patch): exact figures compare gates on" };
        var threshold = new Option<int>("--threshold") { Description = "with F.py:fn(args): backward jumps before a loop's trace forms (default 16, CPython 3.13's; 4096 is 3.14's)", DefaultValueFactory = _ => 16 };
        var command = new Command("run", "Check, then time codegen and execution of workloads on backends; or F.py:fn(args) through tier 1 and each backend")
        {
            named, workloads, catalogDir, backends, param, quick, noScaling, target, output, timeout, timeInWorkers, processes, processWarmup, instructions, store, threshold,
        };
        command.SetAction(parse =>
        {
            var targets = TargetSelection.Parse(parse.GetValue(target), HostTriple.Current, TargetLineup.Known(HostTriple.Current));
            string? dir = parse.GetValue(catalogDir) is string d ? Path.GetFullPath(d) : null;
            if (dir is not null && !Directory.Exists(dir))
            {
                throw new UserError($"--catalog {parse.GetValue(catalogDir)}: no such folder");
            }
            var catalog = WorkloadCatalog.Load(dir);
            var registry = new BackendRegistry();
            var names = parse.GetValue(backends);
            string[] words = [.. parse.GetValue(named) ?? [], .. parse.GetValue(workloads) ?? []];
            if (words.FirstOrDefault(PythonCallSpec.Looks) is string call)
            {
                return PythonRunCommand.RunOrExplain(call, Selection.Backends(registry, names), parse.GetValue(threshold), Console.Out, m => new UserError(m));
            }
            var plan = new MatrixPlan(
                Selection.Workloads(catalog, words),
                registry.Reference,
                Selection.Backends(registry, names),
                names is { Length: > 0 } ? [] : [.. registry.Default.Where(b => b.Unavailable is not null)],
                Selection.Params(parse.GetValue(param)),
                parse.GetValue(quick) ? MeasureSettings.Quick : MeasureSettings.Careful,
                !parse.GetValue(noScaling),
                parse.GetValue(instructions));
            if (plan.Instructions)
            {
                InstructionsVerb.RequireValgrind("run --instructions");
            }
            Selection.CheckParamsAreDeclared(plan.Workloads, plan.Params);
            if (parse.GetValue(timeout) is <= 0)
            {
                throw new UserError("--timeout: expected a positive number of seconds");
            }
            int n = parse.GetValue(processes) ?? DefaultProcesses(careful: !parse.GetValue(quick));
            if (n < 1)
            {
                throw new UserError($"--processes {n}: expected at least 1");
            }
            if (parse.GetValue(processWarmup) is < 0)
            {
                throw new UserError("--process-warmup: expected a number of milliseconds, 0 or more");
            }
            var traceFiles = TraceFilesByName(plan.Workloads, words);
            var setup = new WorkerSetup(WorkerCommand.Current(), WorkerLimits.FromSeconds(parse.GetValue(timeout)), dir,
                TimeInWorkers: parse.GetValue(timeInWorkers), TraceFiles: traceFiles, Processes: n,
                ProcessWarmupNs: parse.GetValue(processWarmup) * 1e6);
            string? resultsRoot = parse.GetValue(store)
                ? ResultsDirectory.MachineStore(RepositoryRoot.Find() ?? Environment.CurrentDirectory, parse.GetValue(output))
                : parse.GetValue(output);
            return Run(plan, resultsRoot, setup, targets, emulatable: dir is null && traceFiles.Count == 0);
        });
        return command;
    }

    /// <summary>Worker processes per workload when --processes is not given: 5 careful, 2 quick.</summary>
    public static int DefaultProcesses(bool careful) => careful ? 5 : 2;

    private static int Run(MatrixPlan plan, string? resultsRoot, WorkerSetup workers, TargetSelection targets, bool emulatable)
    {
        string repo = RepositoryRoot.Find() ?? Environment.CurrentDirectory;
        resultsRoot ??= Path.Combine(repo, "results");
        string settings = plan.Settings.Describe() + string.Create(System.Globalization.CultureInfo.InvariantCulture, $";processes={workers.Processes};{WorkerEnvironment.Describe(Environment.GetEnvironmentVariable)}");
        var session = RunSession.Start(resultsRoot, MetadataProbe.Collect(repo, plan.Settings.Mode, settings, DateTime.UtcNow));
        string dir = session.Directory;
        foreach (var check in session.Metadata.System ?? [])
        {
            if (check.Warning is not null)
            {
                Console.Error.WriteLine($"system check: {check.Warning}");
            }
        }
        foreach (var b in plan.Unavailable)
        {
            Console.Error.WriteLine($"note: backend '{b.Name}' skipped: {b.Unavailable}");
        }
        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => StopOnce(c, stop));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => StopOnce(c, stop));
        var (rows, stopped) = session.Measure(recorder =>
        {
            var matrix = new MatrixRun(plan, recorder, status => new WorkerBench(workers, plan.Settings, recorder, plan.Reference, status, stop.Token), workers.Turns);
            var perTarget = new TargetPass(targets, plan.Settings, recorder, plan.Reference, TargetEmulators.ForHost(repo, targets.Host, plan.Reference, shippedWorkloads: emulatable));
            int steps = (targets.IncludesHost ? matrix.Steps : 0) + perTarget.Steps(plan);
            return RunProgress.Run(steps, (status, stepDone) => (IReadOnlyList<SummaryRow>)[
                .. targets.IncludesHost ? matrix.Execute(status, stepDone, stop.Token) : [],
                .. perTarget.Execute(plan, status, stepDone, stop.Token)]);
        });
        AnsiConsole.Write(RunTable.Build(rows, new BackendRegistry().Lineup));
        if (targets.Others.Count > 0)
        {
            AnsiConsole.Write(TargetTable.Build(rows, targets.Host));
        }
        var failures = rows.Where(r => r.Kind == Kinds.Failure && r.Status is "fail" or "hang").ToList();
        foreach (var f in failures)
        {
            Console.Error.WriteLine($"{f.Workload} on {f.Backend}: {(f.Status == "hang" ? "HUNG" : "FAILED")}: {f.Note}");
        }
        int unstable = rows.Count(r => r.Unstable);
        if (unstable > 0)
        {
            Console.Error.WriteLine($"warning: {unstable} figures have a 95% interval wider than ±10% of their median (marked unstable); {(plan.Settings.Mode == "quick" ? "rerun without --quick, " : "rerun ")}on a quieter machine before trusting their absolute values");
        }
        string shown = Path.GetRelativePath(Environment.CurrentDirectory, dir);
        if (stopped)
        {
            Console.Error.WriteLine($"interrupted: {rows.Count} rows measured before the stop are kept in {shown}, marked as an incomplete run");
            return Interrupted;
        }
        Console.WriteLine($"results: {shown}");
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>The full path of each workload given as a .uops file, by its name, for the workers to parse.</summary>
    private static Dictionary<string, string> TraceFilesByName(IReadOnlyList<WorkloadDefinition> chosen, IReadOnlyList<string> words)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string word in words.Where(w => w.EndsWith(".uops", StringComparison.Ordinal)))
        {
            string name = TraceFileParser.ParseFile(word).Name;
            string path = Path.GetFullPath(word);
            if (files.TryGetValue(name, out string? other) && other != path || chosen.Count(w => w.Name == name) > 1)
            {
                throw new UserError($"{word}: another chosen workload is also named '{name}'");
            }
            files[name] = path;
        }
        return files;
    }

    /// <summary>The first Ctrl-C (or SIGTERM) stops the run after the step in flight; a second one ends the process at once.</summary>
    private static void StopOnce(PosixSignalContext signal, CancellationTokenSource stop)
    {
        if (stop.IsCancellationRequested)
        {
            return;
        }
        signal.Cancel = true;
        Console.Error.WriteLine("stopping: the run ends after the measurement in flight (Ctrl-C again to kill it now)");
        stop.Cancel();
    }
}
