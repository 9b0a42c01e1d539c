using StencilBench.Harness.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;
using StencilBench.Harness.Workers;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Measurement;

/// <summary>
/// Runs whose checks and measurements go to worker processes (the stencilbench assembly beside
/// the tests), with a worker made to die of SIGSEGV or a workload that never returns.
/// </summary>
public sealed class WorkerRunTests : IDisposable
{
    private static readonly MeasureSettings Tiny = TinyRun.Settings;

    private static readonly WorkerCommand Worker = WorkerCommand.ForAssembly(typeof(CliApp).Assembly.Location);
    private static readonly string TestCatalog = Path.Combine(TestPaths.RepositoryRoot, "tests", "Measurement", "traces");

    private readonly string _dir = Directory.CreateTempSubdirectory("sb-workers-").FullName;
    private readonly BackendRegistry _registry = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private IReadOnlyList<SummaryRow> Run(string workload, string[] backends, WorkerSetup setup)
    {
        var catalog = WorkloadCatalog.Load(setup.Catalog);
        var plan = new MatrixPlan([catalog.Get(workload)], _registry.Reference, [.. backends.Select(_registry.Get)], [],
            new Dictionary<string, System.Numerics.BigInteger>(), Tiny, Scaling: false);
        var metadata = TinyRun.Metadata("t", Tiny.Describe());
        using var recorder = new RunRecorder(_dir, metadata);
        return new MatrixRun(plan, recorder, status => new WorkerBench(setup, Tiny, recorder, _registry.Reference, status)).Execute(_ => { }, () => { });
    }

    private IReadOnlyList<SummaryRow> RunWithCrashingCheck() =>
        Run("fibonacci", ["interp", "template"], new WorkerSetup(Worker, WorkerLimits.Default,
            CrashForTest: (role, backends) => role == WorkerRequest.CheckRole && backends.Contains("template") ? CrashPoint.AtStart : CrashPoint.None));

    [Fact]
    public void A_worker_that_dies_in_a_check_is_a_failure_row_naming_the_signal()
    {
        var row = Assert.Single(RunWithCrashingCheck(), r => r.Backend == "template");
        Assert.Equal((Kinds.Failure, "fail", "fibonacci"), (row.Kind, row.Status, row.Workload));
        Assert.Contains("worker died: SIGSEGV (signal 11)", row.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_backends_are_measured_when_one_worker_dies()
    {
        RunWithCrashingCheck();
        var set = ResultSet.Load(_dir);
        Assert.Equal([Kinds.Codegen, Kinds.CodegenAlone, Kinds.Execution], set.Rows.Where(r => r.Backend == "interp").Select(r => r.Kind));
        Assert.All(set.Ok(Kinds.Execution), r => Assert.Equal(Tiny.ExecutionReps, set.Samples(r.Key).Count));
    }

    [Fact]
    public void A_worker_that_dies_while_timing_is_a_failure_row_for_each_backend_it_timed()
    {
        var rows = Run("fibonacci", ["interp"], new WorkerSetup(Worker, WorkerLimits.Default,
            CrashForTest: (role, _) => role == WorkerRequest.MeasureRole ? CrashPoint.AtStart : CrashPoint.None, TimeInWorkers: true));
        var row = Assert.Single(rows);
        Assert.Equal((Kinds.Failure, "fail", "interp"), (row.Kind, row.Status, row.Backend));
        Assert.StartsWith("measurement: worker died: SIGSEGV (signal 11)", row.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_past_its_time_limit_is_killed_and_recorded_as_a_hang()
    {
        var limits = new WorkerLimits(Check: TimeSpan.FromSeconds(3), Measure: TimeSpan.FromSeconds(3));
        var row = Assert.Single(Run("spin", ["interp"], new WorkerSetup(Worker, limits, TestCatalog)));
        Assert.Equal((Kinds.Failure, "hang", "spin"), (row.Kind, row.Status, row.Workload));
        Assert.Contains("killed after 3 s", row.Note, StringComparison.Ordinal);
    }

    private IReadOnlyList<SummaryRow> RunWithMeasurementDyingAfterItsFirstRow() =>
        Run("fibonacci", ["interp", "template"], new WorkerSetup(Worker, WorkerLimits.Default,
            CrashForTest: (role, _) => role == WorkerRequest.MeasureRole ? CrashPoint.AfterFirstRow : CrashPoint.None, TimeInWorkers: true));

    [Fact]
    public void A_worker_that_dies_half_way_through_timing_keeps_the_rows_it_wrote()
    {
        RunWithMeasurementDyingAfterItsFirstRow();
        var set = ResultSet.Load(_dir);
        var kept = Assert.Single(set.Rows, r => r.Kind == Kinds.Codegen);
        Assert.Equal(("interp", "ok"), (kept.Backend, kept.Status));
        Assert.Equal(Tiny.CodegenReps, set.Samples(kept.Key).Count);
    }

    [Fact]
    public void A_worker_that_dies_half_way_through_timing_is_still_a_failure_row_for_each_backend_it_timed()
    {
        var failures = RunWithMeasurementDyingAfterItsFirstRow().Where(r => r.Kind == Kinds.Failure).ToList();
        Assert.Equal(["interp", "template"], failures.Select(r => r.Backend));
        Assert.All(failures, r => Assert.Equal("measurement: worker died: SIGSEGV (signal 11) (1 rows measured before kept)", r.Note));
    }
}
