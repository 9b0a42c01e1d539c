using StencilBench.Harness.Backends;
using StencilBench.Harness.Comparing;
using StencilBench.Harness.Results;

namespace StencilBench.Tests.Comparing;

public sealed class MissingFigureTests
{
    private static ComparisonResult Compare(ResultSet a, ResultSet b, CompareOptions? options = null) =>
        Comparer.Compare(a, b, options ?? CompareOptions.Default, new BackendRegistry().Lineup.Reference);

    private static ResultSet Without(string figure)
    {
        var run = new ComparedRuns { Seed = 1 };
        run.Without.Add(figure);
        return run.Build();
    }

    [Fact]
    public void A_workload_of_A_missing_in_B_fails() => Assert.True(Compare(new ComparedRuns().Build(), Without("sieve/template")).Failed);

    [Fact]
    public void A_workload_missing_in_B_is_named() =>
        Assert.Contains(Compare(new ComparedRuns().Build(), Without("sieve/template")).Missing, m => m.Key.Workload == "sieve" && m.Key.Backend == "template");

    [Fact]
    public void A_figure_only_in_B_does_not_fail() => Assert.False(Compare(Without("sieve/template"), new ComparedRuns { Seed = 1 }.Build()).Failed);

    [Fact]
    public void A_baseline_without_samples_fails() =>
        Assert.True(Compare(new ComparedRuns { KeepSamples = false }.Build(), new ComparedRuns { Seed = 1 }.Build()).Failed);

    [Fact]
    public void Two_empty_runs_fail_as_nothing_compared()
    {
        var empty = new ResultSet("empty/summary.csv", [], []);
        Assert.True(Compare(empty, empty).NothingCompared && Compare(empty, empty).Failed);
    }
}
