using StencilBench.Harness.Results;
using StencilBench.Harness.Verbs;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Measurement;

/// <summary>
/// A real SIGINT (what Ctrl-C sends) to <c>run fibonacci.uops spin.uops</c> (two processes each,
/// taking turns) once fibonacci's first process is measured and spin's check, which comes next,
/// hangs in a worker: what the run leaves. Made once for the class.
/// </summary>
public sealed class CtrlCRunTests(CtrlCRunTests.InterruptedTool run) : IClassFixture<CtrlCRunTests.InterruptedTool>
{
    public sealed class InterruptedTool : IDisposable
    {
        public string Results { get; } = Directory.CreateTempSubdirectory("sb-ctrl-c-").FullName;
        public int ExitCode { get; }
        public IReadOnlyList<string> Errors { get; }
        public TimeSpan StopTook { get; }

        public InterruptedTool()
        {
            string fibonacci = Path.Combine(WorkloadCatalog.DefaultDirectory, "traces", "fibonacci.uops");
            string spin = Path.Combine(TestPaths.RepositoryRoot, "tests", "Measurement", "traces", "spin.uops");
            using var tool = new CommandLineRun("run", fibonacci, spin, "-b", "interp", "--quick", "--no-scaling", "--timeout", "100", "--results", Results);
            string samples = Path.Combine(Results, ResultsDirectory.Latest, ResultsDirectory.SamplesFile);
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!(File.Exists(samples) && File.ReadAllText(samples).Contains(",execution,fibonacci,", StringComparison.Ordinal)))
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(120), "fibonacci was not measured within 120 s");
                Thread.Sleep(100);
            }
            Thread.Sleep(1000);
            var stopping = System.Diagnostics.Stopwatch.StartNew();
            tool.Interrupt();
            ExitCode = tool.Wait(TimeSpan.FromSeconds(60));
            StopTook = stopping.Elapsed;
            Errors = tool.Errors;
        }

        public void Dispose() => Directory.Delete(Results, recursive: true);
    }

    private ResultSet Latest => ResultSet.Load(Path.Combine(run.Results, ResultsDirectory.Latest));

    [Fact]
    public void An_interrupted_run_exits_with_130() => Assert.Equal(RunVerb.Interrupted, run.ExitCode);

    [Fact]
    public void An_interrupted_run_does_not_wait_for_the_hung_worker() =>
        Assert.True(run.StopTook < TimeSpan.FromSeconds(15), $"stopping took {run.StopTook.TotalSeconds:0.0} s");

    [Fact]
    public void An_interrupted_run_keeps_the_rows_measured_before() =>
        Assert.Equal([(Kinds.Codegen, "fibonacci"), (Kinds.CodegenAlone, "fibonacci"), (Kinds.Execution, "fibonacci")], Latest.Rows.Select(r => (r.Kind, r.Workload)));

    [Fact]
    public void A_workload_cut_short_is_joined_from_the_processes_it_has_and_says_so() =>
        Assert.All(Latest.Rows, r => Assert.Contains("interrupted after 1 of 2 processes", r.Note, StringComparison.Ordinal));

    [Fact]
    public void An_interrupted_run_is_the_latest_and_marked_unfinished() => Assert.False(Latest.Finished);

    [Fact]
    public void An_interrupted_run_says_so_in_one_line() =>
        Assert.Contains(run.Errors, e => e.StartsWith("interrupted: 3 rows measured before the stop are kept in ", StringComparison.Ordinal));
}
