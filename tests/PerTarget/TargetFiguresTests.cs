using StencilBench.Harness.Results;
using StencilBench.Harness.Targets;

namespace StencilBench.Tests.PerTarget;

/// <summary>Per-target figures from a run's rows: ns/uop and bytes/uop per target and strategy, and what became of the code.</summary>
public class TargetFiguresTests
{
    private const string Host = "x86_64-unknown-linux-gnu", Arm = "aarch64-unknown-linux-gnu";

    private static SummaryRow Codegen(string backend, string workload, int uops, double ns, int bytes) => new()
    {
        Kind = Kinds.TargetCodegen,
        Workload = workload,
        Backend = backend,
        Target = TargetName.TripleOf(backend) ?? Host,
        Status = "ok",
        Uops = uops,
        Median = ns,
        PerUop = ns / uops,
        CodeBytes = bytes,
    };

    private static SummaryRow Check(string backend, string workload, string status) => new()
    {
        Kind = status == "fail" ? Kinds.Failure : Kinds.TargetCheck,
        Workload = workload,
        Backend = backend,
        Status = status,
    };

    private static readonly SummaryRow[] Rows =
    [
        Codegen($"copy-and-patch@{Host}", "a", 10, 1000, 400),
        Codegen($"copy-and-patch@{Arm}", "a", 10, 1000, 500),
        Codegen($"copy-and-patch@{Arm}", "b", 30, 12000, 1100),
        Check($"copy-and-patch@{Arm}", "a", "ok"),
        Check($"copy-and-patch@{Arm}", "b", "fail"),
    ];

    private static TargetFigure Arm64() => TargetFigures.Of(Rows, Host).Single(f => f.Target == Arm);

    [Fact]
    public void Code_bytes_per_uop_are_all_bytes_over_all_uops() => Assert.Equal(1600.0 / 40, Arm64().CodeBytesPerUop, 9);

    [Fact]
    public void Codegen_per_uop_is_the_geometric_mean_over_workloads() => Assert.Equal(Math.Sqrt(100.0 * 400), Arm64().CodegenNsPerUop, 9);

    [Fact]
    public void Emulated_checks_count_the_workloads_that_agree() => Assert.Equal("emulated: 1 of 2 workloads agree (not timed)", Arm64().Execution);

    [Fact]
    public void The_host_comes_first() => Assert.Equal([Host, Arm], TargetFigures.Of(Rows, Host).Select(f => f.Target));

    [Fact]
    public void The_host_is_read_from_the_first_timed_row_when_every_name_has_a_target() => Assert.Equal(Host, TargetFigures.HostOf(Rows));

    [Fact]
    public void A_strategy_without_code_comes_after_the_timed_ones()
    {
        SummaryRow[] rows = [new() { Kind = Kinds.TargetCodegen, Backend = $"template@{Arm}", Status = "skipped", Note = "x86-64 only" }, .. Rows];
        Assert.Equal(["copy-and-patch", "template"], TargetFigures.Of(rows, Host).Where(f => f.Target == Arm).Select(f => f.Strategy));
    }

    [Fact]
    public void A_target_checked_in_a_loader_is_summed_up_under_the_label_its_check_rows_carry()
    {
        const string Windows32 = "i686-pc-windows-msvc";
        var ok = Check($"copy-and-patch@{Windows32}", "a", "ok");
        ok.Note = "native (32-bit loader process linux-i686/sb_loader): agrees with interp and the expectation; correctness only, not timed";
        var figure = TargetFigures.Of([Codegen($"copy-and-patch@{Windows32}", "a", 10, 1000, 400), ok], Host).Single(f => f.Target == Windows32);
        Assert.Equal("native (32-bit loader process linux-i686/sb_loader): 1 of 1 workloads agree (not timed)", figure.Execution);
    }

    [Fact]
    public void Workloads_not_run_where_the_code_runs_are_counted_apart()
    {
        var skipped = Check($"copy-and-patch@{Arm}", "c", "skipped");
        skipped.Note = "emulated (qemu): not run: an executor graph";
        var figure = TargetFigures.Of([.. Rows, skipped], Host).Single(f => f.Target == Arm);
        Assert.Equal("emulated (qemu): 1 of 2 workloads agree, 1 not run (not timed)", figure.Execution);
    }

    [Fact]
    public void A_checked_strategy_whose_codegen_failed_here_still_gets_its_figure()
    {
        const string Windows32 = "i686-pc-windows-msvc";
        var ok = Check($"copy-and-patch@{Windows32}", "a", "ok");
        ok.Note = "native (loader): agrees";
        var threw = Check($"copy-and-patch@{Windows32}", "a", "fail");
        threw.Note = "compile threw OverflowException: too wide";
        var figure = Assert.Single(TargetFigures.Of([.. Rows, ok, threw], Host), f => f.Target == Windows32);
        Assert.Equal("native (loader): 1 of 1 workloads agree (not timed)", figure.Execution);
    }
}
