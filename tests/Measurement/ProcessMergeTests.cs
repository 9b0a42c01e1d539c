using StencilBench.Harness.Measure;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;

namespace StencilBench.Tests.Measurement;

/// <summary>Figures timed in several worker processes joined into one row each.</summary>
public sealed class ProcessMergeTests
{
    private static SampleRow Sample(string kind, string backend, int rep, double value) =>
        new() { Kind = kind, Workload = "w", Backend = backend, Rep = rep, Value = value, Batch = 1 };

    private static SummaryRow Row(string kind, string backend, double median) =>
        new() { Kind = kind, Workload = "w", Backend = backend, Status = "ok", Unit = kind == Kinds.Codegen ? "ns/trace" : "ns/iteration", Median = median, Iterations = 100, Uops = 10, CodeBytes = 42 };

    /// <summary>One process: interp 10 ns/iteration, the JIT <paramref name="jit"/>; codegen 1000 ns.</summary>
    private static ProcessResult Process(double jit, int n = 3) => new(
        [Row(Kinds.Codegen, "jit", 1000), Row(Kinds.Execution, "interp", 10), Row(Kinds.Execution, "jit", jit)],
        [
            .. Enumerable.Range(0, n).Select(i => Sample(Kinds.Codegen, "jit", i, 1000)),
            .. Enumerable.Range(0, n).Select(i => Sample(Kinds.Execution, "interp", i, 10)),
            .. Enumerable.Range(0, n).Select(i => Sample(Kinds.Execution, "jit", i, jit)),
            .. Enumerable.Range(0, n).Select(i => Sample(Kinds.Speedup, "jit", i, 10 / jit)),
        ]);

    private static (IReadOnlyList<SummaryRow> Rows, IReadOnlyList<SampleRow> Samples) Joined() => ProcessMerge.Join([Process(5), Process(5), Process(4)], "interp");

    [Fact]
    public void One_row_per_figure_holds_every_process_samples()
    {
        var jit = Assert.Single(Joined().Rows, r => r.Kind == Kinds.Execution && r.Backend == "jit");
        Assert.Equal((9, 5.0, 42), (jit.N, jit.Median, jit.CodeBytes));
    }

    [Fact]
    public void Samples_keep_the_index_of_the_process_that_took_them()
    {
        Assert.Equal([0, 1, 2], Joined().Samples.Select(s => s.Process).Distinct().Order());
    }

    [Fact]
    public void The_interval_reaches_the_process_that_disagrees()
    {
        var jit = Joined().Rows.Single(r => r.Kind == Kinds.Execution && r.Backend == "jit");
        Assert.Equal((4.0, 5.0), (jit.CiLow, jit.CiHigh));
    }

    [Fact]
    public void Speed_up_and_break_even_come_from_the_joined_figures()
    {
        var jit = Joined().Rows.Single(r => r.Kind == Kinds.Execution && r.Backend == "jit");
        Assert.Equal((2.0, 1000.0, 200.0), (jit.SpeedupVsInterp, jit.CodegenNs, jit.BreakEvenIterations));
        Assert.Equal(2.5, jit.SpeedupCiHigh);
    }

    [Fact]
    public void A_ratio_of_a_multi_process_run_is_paired_within_each_process()
    {
        var (rows, samples) = Joined();
        var set = new ResultSet("x", rows, samples);
        var figure = RatioAnalysis.Compute(set, Kinds.Execution, "interp", "jit");
        Assert.Equal((2.0, 2.0, 2.5), (figure.GeoMean, figure.Low, figure.High));
    }

    [Fact]
    public void A_process_forty_percent_off_marks_the_joined_figure_unstable()
    {
        var jit = ProcessMerge.Join([Process(5), Process(5), Process(3)], "interp").Rows.Single(r => r.Kind == Kinds.Execution && r.Backend == "jit");
        Assert.True(jit.Unstable);
        Assert.Equal("unstable: 95% interval ±20% of the median", jit.Note);
    }

    [Fact]
    public void Processes_that_agree_leave_the_joined_figure_stable() =>
        Assert.False(ProcessMerge.Join([Process(5), Process(5)], "interp").Rows.Single(r => r.Kind == Kinds.Execution && r.Backend == "jit").Unstable);

    [Fact]
    public void A_workload_ratio_of_many_samples_gets_its_interval_from_the_processes_not_the_pooled_samples()
    {
        var (rows, samples) = ProcessMerge.Join([Process(5, 30), Process(5, 30), Process(5, 30), Process(4, 30), Process(4, 30)], "interp");
        var ratio = Assert.Single(RatioAnalysis.Compute(new ResultSet("x", rows, samples), Kinds.Execution, "interp", "jit").PerWorkload);
        Assert.Equal((2.0, 2.0, 2.5), (ratio.Median, ratio.Low, ratio.High));
    }
}
