using StencilBench.Backends.CopyAndPatch;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Plotting;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;
using StencilBench.Tests.Measurement;

namespace StencilBench.Tests.Ablation;

public sealed class AblationReportTests
{
    private static readonly CopyAndPatchOptions Tos = new(TosCaching: true);
    private static readonly CopyAndPatchOptions TosHotCold = new(TosCaching: true, HotCold: true);

    private static readonly BackendLineup Lineup = new(
        new BackendRegistry().All.Select(b => b.Descriptor)
            .Append(new CopyAndPatchBackend(Tos, 100, "#101010").Descriptor)
            .Append(new CopyAndPatchBackend(TosHotCold, 101, "#202020").Descriptor)
            .DistinctBy(d => d.Name));

    /// <summary>interp, copy-and-patch and its variants on two workloads; the variant's code is <paramref name="speedup"/>× faster.</summary>
    private static ResultSet Run(double speedup, bool withStrategy = true, string variant = "copy-and-patch+tos")
    {
        var runs = new CraftedRuns();
        foreach (string w in new[] { "fibonacci", "sieve" })
        {
            runs.Figure(Kinds.Execution, w, "interp", CraftedRuns.Around(300))
                .Figure(Kinds.Execution, w, variant, CraftedRuns.Around(200 / speedup), codeBytes: 300)
                .Figure(Kinds.Codegen, w, variant, CraftedRuns.Around(3000), codeBytes: 300);
            if (withStrategy)
            {
                runs.Figure(Kinds.Execution, w, "copy-and-patch", CraftedRuns.Around(200))
                    .Figure(Kinds.Codegen, w, "copy-and-patch", CraftedRuns.Around(1500), codeBytes: 400);
            }
        }
        return runs.Build();
    }

    private static string Row(string report, string variant) =>
        report.Split('\n').First(l => l.StartsWith($"| {variant} |", StringComparison.Ordinal));

    [Fact]
    public void A_run_without_variants_has_no_ablation_section()
    {
        var set = new CraftedRuns().Figure(Kinds.Execution, "fibonacci", "interp", CraftedRuns.Around(300))
            .Figure(Kinds.Execution, "fibonacci", "copy-and-patch", CraftedRuns.Around(200)).Build();
        Assert.Equal("", AblationSection.Write(set, Lineup));
    }

    [Fact]
    public void A_variant_with_twice_as_fast_code_reads_two_times_its_strategy()
    {
        Assert.StartsWith("2.00×", Row(AblationSection.Write(Run(2.0), Lineup), "copy-and-patch+tos").Split('|')[3].Trim());
    }

    [Fact]
    public void A_variant_with_twice_the_codegen_time_reads_half_its_strategys_codegen_speed()
    {
        Assert.StartsWith("0.500×", Row(AblationSection.Write(Run(1.0), Lineup), "copy-and-patch+tos").Split('|')[4].Trim());
    }

    [Fact]
    public void A_variant_row_names_the_talks_goal_its_switch_stands_for()
    {
        Assert.Contains("move data off frames into registers", Row(AblationSection.Write(Run(1.5), Lineup), "copy-and-patch+tos"));
    }

    [Fact]
    public void A_variant_of_several_switches_reads_all_together()
    {
        Assert.Contains("all together", Row(AblationSection.Write(Run(1.5, variant: "copy-and-patch+tos+hotcold"), Lineup), "copy-and-patch+tos+hotcold"));
    }

    [Fact]
    public void A_variant_whose_strategy_was_not_run_is_left_out()
    {
        Assert.Equal("", AblationSection.Write(Run(1.5, withStrategy: false), Lineup));
    }

    [Fact]
    public void The_code_bytes_column_reads_strategy_then_variant()
    {
        Assert.Contains("40.0 → 30.0", Row(AblationSection.Write(Run(1.5), Lineup), "copy-and-patch+tos"));
    }

    [Fact]
    public void The_report_holds_the_ablation_section_when_variants_ran()
    {
        Assert.Contains("## What each of the talk's technical goals buys", ReportWriter.Write(Run(1.5), Lineup));
    }

    [Fact]
    public void The_ablation_chart_draws_each_variant_whose_strategy_ran()
    {
        Assert.Equal(["copy-and-patch+tos"], AblationChart.Variants(Run(1.5), Lineup).Select(v => v.Name));
        Assert.Empty(AblationChart.Variants(Run(1.5, withStrategy: false), Lineup));
    }
}
