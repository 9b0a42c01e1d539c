using StencilBench.Harness.Backends;
using StencilBench.Harness.Comparing;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Comparing;

/// <summary>compare on instruction counts: exact, any difference fails with both values, identical passes.</summary>
public sealed class ExactInstructionsTests
{
    private static readonly Workload Fibonacci = WorkloadCatalog.Load().Get("fibonacci").Instantiate();

    private static ResultSet Counted(long copyAndPatch, long interp = 356_600) => new(
        "counted/summary.csv",
        [
            InstructionFigures.Figure(new FigureKey(Kinds.Instructions, Fibonacci.Name, "", "interp"), Fibonacci, interp),
            InstructionFigures.Figure(new FigureKey(Kinds.Instructions, Fibonacci.Name, "", "copy-and-patch"), Fibonacci, copyAndPatch),
        ],
        []);

    private static ComparisonResult Compare(ResultSet a, ResultSet b) =>
        Comparer.Compare(a, b, CompareOptions.Default with { Kinds = [] }, new BackendRegistry().Lineup.Reference);

    [Fact]
    public void Identical_instruction_counts_pass() =>
        Assert.False(Compare(Counted(250_800), Counted(250_800)).Failed);

    [Fact]
    public void Identical_instruction_counts_are_compared_not_skipped() =>
        Assert.Equal(2, Compare(Counted(250_800), Counted(250_800)).ExactCompared);

    [Fact]
    public void One_more_instruction_fails() =>
        Assert.True(Compare(Counted(250_800), Counted(250_801)).Failed);

    [Fact]
    public void A_changed_count_is_reported_with_both_values_per_iteration()
    {
        var changed = Assert.Single(Compare(Counted(250_800), Counted(250_801)).Changed);
        Assert.Equal(("copy-and-patch", "instructions/iteration"), (changed.Key.Backend, changed.Figure));
        Assert.Equal(((double)250_800 / Fibonacci.Iterations, (double)250_801 / Fibonacci.Iterations),
            (double.Parse(changed.A, System.Globalization.CultureInfo.InvariantCulture), double.Parse(changed.B, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_count_of_A_missing_in_B_fails()
    {
        var b = new ResultSet("b/summary.csv", [.. Counted(250_800).Rows.Where(r => r.Backend == "interp")], []);
        Assert.Contains(Compare(Counted(250_800), b).Missing, m => m.Key.Backend == "copy-and-patch" && m.Key.Kind == Kinds.Instructions);
    }
}
