using StencilBench.Harness.Backends;
using StencilBench.Harness.Plotting;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;
using StencilBench.Tests.Comparing;

namespace StencilBench.Tests.Merging;

/// <summary>merge: runs of several machines in one report, a table each, ratios across, absolute times never across, emulated never compared.</summary>
public sealed class MergeReportTests
{
    private static readonly BackendLineup Lineup = new BackendRegistry().Lineup;

    private static ResultSet Run(string cpu, string target = "x86_64-unknown-linux-gnu", int seed = 0)
    {
        var set = new ComparedRuns { Cpu = cpu, Seed = seed }.Build();
        foreach (var row in set.Rows)
        {
            row.Target = target;
        }
        return set;
    }

    private static readonly IReadOnlyList<MachineRuns> Machines = MachineRuns.Group(
        [Run("AMD EPYC 7763 (2 cores)"), Run("AMD EPYC 7763 (2 cores)", seed: 1), Run("Intel Xeon Platinum 8370C (2 cores)"), Run("AMD EPYC 7763 (2 cores)", "aarch64-unknown-linux-gnu")]);

    private static string Section(string report, string heading) =>
        report[report.IndexOf(heading, StringComparison.Ordinal)..].Split("\n## ")[0];

    [Fact]
    public void Runs_are_grouped_by_target_and_cpu() =>
        Assert.Equal([2, 1, 1], Machines.Select(m => m.Runs.Count));

    [Fact]
    public void An_arm_run_on_an_x86_cpu_is_emulated() =>
        Assert.Equal([false, false, true], Machines.Select(m => m.Emulated));

    [Fact]
    public void Every_machine_has_a_table_of_its_own() =>
        Assert.All(Machines, m => Assert.Contains($"## {m.Id}", MergeReport.Write(Machines, Lineup)));

    [Fact]
    public void The_cross_machine_table_holds_no_absolute_time() =>
        Assert.DoesNotContain("ns", Section(MergeReport.Write(Machines, Lineup), "## Across machines").Split('\n')[2]);

    [Fact]
    public void The_cross_machine_table_has_a_column_per_natively_timed_machine() =>
        Assert.Equal(["backend", Machines[0].Id, Machines[1].Id],
            Section(MergeReport.Write(Machines, Lineup), "## Across machines").Split('\n')[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [Fact]
    public void An_emulated_machine_shows_no_time() =>
        Assert.DoesNotContain("×", Section(MergeReport.Write(Machines, Lineup), $"## {Machines[2].Id}"));

    [Fact]
    public void The_cross_machine_chart_leaves_emulated_machines_out() =>
        Assert.Equal([Machines[0].Id, Machines[1].Id], MachinesChart.Build(Machines, Lineup).Legend.ManualItems.Select(i => i.LabelText));

    private static ResultSet Recorded(ResultSet set, bool emulated) => new(set.Path, set.Rows, []) { EmulatedRecorded = emulated };

    [Fact]
    public void A_run_that_recorded_emulation_is_emulated_whatever_its_target_and_cpu() =>
        Assert.True(MachineRuns.Group([Recorded(Run("AMD EPYC 7763 (2 cores)"), emulated: true)]).Single().Emulated);

    [Fact]
    public void A_run_that_recorded_no_emulation_is_not_guessed_emulated() =>
        Assert.False(MachineRuns.Group([Recorded(Run("AMD EPYC 7763 (2 cores)", "aarch64-unknown-linux-gnu"), emulated: false)]).Single().Emulated);
}
