using System.Text.Json;
using StencilBench.Backends.Interp;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Measurement;

/// <summary>
/// A run stopped (as Ctrl-C stops it, through its cancellation token) after its first of two
/// workloads: what its folder holds. The run is made once for the class.
/// </summary>
public sealed class InterruptedRunTests(InterruptedRunTests.StoppedRun run) : IClassFixture<InterruptedRunTests.StoppedRun>
{
    public sealed class StoppedRun : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("sb-stopped-").FullName;
        public RunSession Session { get; }
        public bool Stopped { get; }
        public IReadOnlyList<SummaryRow> Returned { get; }

        public StoppedRun()
        {
            var interp = new InterpBackend();
            var catalog = WorkloadCatalog.Load();
            var plan = new MatrixPlan([catalog.Get("fibonacci"), catalog.Get("while_loop")], interp, [interp], [],
                new Dictionary<string, System.Numerics.BigInteger>(), TinyRun.Settings, Scaling: false);
            using var stop = new CancellationTokenSource();
            Session = RunSession.Start(Root, TinyRun.Metadata("stopped", TinyRun.Settings.Describe()));
            (Returned, Stopped) = Session.Measure(recorder => new MatrixRun(plan, recorder).Execute(_ => { }, stop.Cancel, stop.Token));
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    [Fact]
    public void Measuring_says_the_run_was_stopped() => Assert.True(run.Stopped);

    [Fact]
    public void The_rows_measured_before_the_stop_are_kept_and_parseable()
    {
        var set = ResultSet.Load(run.Session.Directory);
        Assert.Equal([(Kinds.Codegen, "fibonacci"), (Kinds.CodegenAlone, "fibonacci"), (Kinds.Execution, "fibonacci")], set.Rows.Select(r => (r.Kind, r.Workload)));
        Assert.All(set.Rows, r => Assert.Equal(TinyRun.Settings.ExecutionReps, set.Samples(r.Key).Count));
    }

    [Fact]
    public void The_rows_measured_before_the_stop_are_returned() =>
        Assert.Equal(["fibonacci", "fibonacci", "fibonacci"], run.Returned.Select(r => r.Workload));

    [Fact]
    public void An_interrupted_run_loads_as_unfinished() => Assert.False(ResultSet.Load(run.Session.Directory).Finished);

    [Fact]
    public void An_interrupted_run_s_status_says_why_it_stopped()
    {
        var status = JsonSerializer.Deserialize<RunStatus>(File.ReadAllText(Path.Combine(run.Session.Directory, RunStatus.FileName)));
        Assert.Equal((false, RunSession.Interrupted), (status!.Finished, status.Stopped));
    }

    [Fact]
    public void Latest_points_at_an_interrupted_run() =>
        Assert.Equal(run.Session.Metadata.RunId, new DirectoryInfo(Path.Combine(run.Root, ResultsDirectory.Latest)).LinkTarget);
}
