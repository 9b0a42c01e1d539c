using System.CommandLine;
using System.Globalization;
using System.Numerics;
using StencilBench.Core.Backends;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;
using StencilBench.Harness.Workers;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>worker FOLDER</c> (hidden): what <c>run</c> starts for each correctness check and each
/// workload's measurement, so that a backend that crashes or hangs takes down only this
/// process. Reads FOLDER/request.json; a check writes problems.txt, a measurement writes
/// summary.csv and samples.csv; exit 0 when the job ran (a wrong backend included).
/// </summary>
public static class WorkerVerb
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "the worker's folder, holding request.json" };
        var crash = new Option<CrashPoint>("--crash-for-test") { Description = "tests only: die of SIGSEGV at this point (AtStart, AfterFirstRow)" };
        var command = new Command("worker", "Run one check or measurement for 'run' (internal)") { folder, crash };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(folder)!;
            var request = WorkerRequest.Load(dir);
            var crashAt = parse.GetValue(crash);
            CrashHook.At(CrashPoint.AtStart, crashAt);
            Execute(request, dir, crashAt);
            return 0;
        });
        return command;
    }

    private static void Execute(WorkerRequest request, string dir, CrashPoint crashAt)
    {
        var definition = request.TraceFile is string file ? TraceFileParser.ParseFile(file) : WorkloadCatalog.Load(request.Catalog).Get(request.Workload);
        var workload = definition.Instantiate(request.Params.ToDictionary(p => p.Key, p => BigInteger.Parse(p.Value, CultureInfo.InvariantCulture)));
        var registry = new BackendRegistry();
        var backends = request.Backends.Select(registry.Get).ToList();
        if (request.Role == WorkerRequest.CheckRole)
        {
            var reference = TraceRunner.Run(registry.Reference, workload.Trace);
            var problems = backends.SelectMany(b => CorrectnessCheck.Problems(b, workload, reference).Select(p => p.ReplaceLineEndings(" ")));
            File.WriteAllLines(Path.Combine(dir, WorkerRequest.ProblemsFile), problems);
            return;
        }
        var metadata = new RunMetadata("worker", DateTime.UtcNow, "", false, "", "", "", "", "", "", "", request.Settings.Mode, "");
        using var recorder = new RunRecorder(dir, metadata, _ => CrashHook.At(CrashPoint.AfterFirstRow, crashAt));
        new WorkloadBench(request.Settings, recorder, registry.Reference, _ => { }).MeasureChecked(workload, backends, request.Codegen, request.ExecutionKind);
    }
}
