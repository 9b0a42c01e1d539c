using StencilBench.Harness.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;
using StencilBench.Harness.Workers;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Measurement;

/// <summary>A real run timed in two worker processes (the stencilbench assembly beside the tests).</summary>
public sealed class ProcessRunTests : IDisposable
{
    private static readonly WorkerCommand Worker = WorkerCommand.ForAssembly(typeof(CliApp).Assembly.Location);
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-processes-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private int _steps, _stepsDone;

    private ResultSet RunInTwoProcesses(params string[] workloads)
    {
        var registry = new BackendRegistry();
        var catalog = WorkloadCatalog.Load();
        var plan = new MatrixPlan([.. (workloads.Length > 0 ? workloads : ["fibonacci"]).Select(catalog.Get)], registry.Reference, [registry.Get("interp"), registry.Get("copy-and-patch")], [],
            new Dictionary<string, System.Numerics.BigInteger>(), TinyRun.Settings, Scaling: false);
        var setup = new WorkerSetup(Worker, WorkerLimits.Default, Processes: 2, ProcessWarmupNs: 0);
        using (var recorder = new RunRecorder(_dir, TinyRun.Metadata("t", "")))
        {
            var matrix = new MatrixRun(plan, recorder, status => new WorkerBench(setup, TinyRun.Settings, recorder, registry.Reference, status), setup.Turns);
            _steps = matrix.Steps;
            matrix.Execute(_ => { }, () => _stepsDone++);
        }
        return ResultSet.Load(_dir);
    }

    [Fact]
    public void Each_figure_is_one_row_with_the_samples_of_both_processes()
    {
        var set = RunInTwoProcesses();
        var row = Assert.Single(set.Ok(Kinds.Execution), r => r.Backend == "copy-and-patch");
        Assert.Equal(2 * TinyRun.Settings.ExecutionReps, row.N);
        Assert.Equal([TinyRun.Settings.ExecutionReps, TinyRun.Settings.ExecutionReps], set.SamplesByProcess(row.Key).Select(p => p.Count));
    }

    [Fact]
    public void Speed_up_samples_of_every_process_reach_the_run()
    {
        var set = RunInTwoProcesses();
        var key = set.Ok(Kinds.Execution).Single(r => r.Backend == "copy-and-patch").Key with { Kind = Kinds.Speedup };
        Assert.Equal(2, set.SamplesByProcess(key).Count);
    }

    [Fact]
    public void The_processes_of_several_workloads_take_turns()
    {
        RunInTwoProcesses("fibonacci", "list_sum");
        var order = RowReader.Read<SampleRow>(Path.Combine(_dir, "samples.csv"))
            .Select(s => (s.Workload, s.Process)).Distinct().ToList();
        Assert.Equal([("fibonacci", 0), ("list_sum", 0), ("fibonacci", 1), ("list_sum", 1)], order);
    }

    [Fact]
    public void The_progress_moves_once_per_process_of_each_workload()
    {
        RunInTwoProcesses("fibonacci", "list_sum");
        Assert.Equal((4, 4), (_steps, _stepsDone));
    }
}
