using StencilBench.Harness.Backends;
using StencilBench.Harness.Comparing;
using StencilBench.Harness.Results;

using StencilBench.Tests.Measurement;

namespace StencilBench.Tests.Comparing;

public sealed class CompareTests
{
    private static ComparisonResult Compare(ResultSet a, ResultSet b, CompareOptions options) =>
        Comparer.Compare(a, b, options, new BackendRegistry().Lineup.Reference);

    private static readonly CompareOptions AllKinds = CompareOptions.Default with { Kinds = [Kinds.Codegen, Kinds.Execution], PerWorkload = true };

    /// <summary>copy-and-patch's execution on two workloads: <paramref name="w1"/> and 10 ns.</summary>
    private static ResultSet TwoWorkloads(double w1) => new CraftedRuns()
        .Figure(Kinds.Execution, "w1", "copy-and-patch", CraftedRuns.Around(w1))
        .Figure(Kinds.Execution, "w2", "copy-and-patch", CraftedRuns.Around(10))
        .Build();

    private static ResultSet Run(double execution, int codeBytes = 100, double noise = 0.01) => new CraftedRuns()
        .Figure(Kinds.Codegen, "w", "copy-and-patch", CraftedRuns.Around(1000), codeBytes)
        .Figure(Kinds.Execution, "w", "copy-and-patch", CraftedRuns.Around(execution, spread: noise))
        .Build();

    [Fact]
    public void A_thirty_percent_slowdown_is_a_regression() =>
        Assert.True(Compare(Run(10), Run(13), AllKinds).Failed);

    [Fact]
    public void A_thirty_percent_slowdown_reads_as_B_slower_than_A() =>
        Assert.Equal("B slower than A by 1.30×", Compare(Run(10), Run(13), AllKinds).Regressions.Single().Verdict);

    [Fact]
    public void Noise_is_not_significant() =>
        Assert.Equal("no significant change", Compare(Run(10, noise: 0.05), Run(10.05, noise: 0.05), AllKinds).Timings.Single(t => t.Key.Kind == Kinds.Execution).Verdict);

    [Fact]
    public void Noise_does_not_fail() => Assert.False(Compare(Run(10, noise: 0.05), Run(10.05, noise: 0.05), AllKinds).Failed);

    [Fact]
    public void A_significant_change_below_the_threshold_does_not_fail() =>
        Assert.False(Compare(Run(10), Run(10.5), AllKinds).Failed);

    [Fact]
    public void An_improvement_does_not_fail() => Assert.False(Compare(Run(13), Run(10), AllKinds).Failed);

    [Fact]
    public void Changed_code_bytes_fail_exactly() => Assert.True(Compare(Run(10), Run(10, codeBytes: 101), AllKinds with { Kinds = [] }).Failed);

    [Fact]
    public void Geometric_mean_is_reported_per_kind_and_backend() =>
        Assert.Equal(1.3, Compare(Run(10), Run(13), AllKinds).GeoMeans.Single(g => g.Kind == Kinds.Execution).GeoMean, 2);

    [Fact]
    public void Speed_up_falling_is_a_regression()
    {
        ResultSet Speed(double s) => new CraftedRuns()
            .Figure(Kinds.Execution, "w", "template", CraftedRuns.Around(10))
            .Samples(Kinds.Speedup, "w", "template", CraftedRuns.Around(s))
            .Build();
        Assert.True(Compare(Speed(1.5), Speed(1.2), CompareOptions.Default).Failed);
    }

    [Fact]
    public void One_workload_over_the_threshold_does_not_fail_by_default_when_the_geometric_mean_is_under_it() =>
        Assert.False(Compare(TwoWorkloads(10), TwoWorkloads(13), AllKinds with { PerWorkload = false }).Failed);

    [Fact]
    public void One_workload_over_the_threshold_is_listed_as_not_gated_by_default() =>
        Assert.Contains("over threshold (not gated)", ComparisonMarkdown.Write(Compare(TwoWorkloads(10), TwoWorkloads(13), AllKinds with { PerWorkload = false }), "a", "b"));

    [Fact]
    public void One_workload_over_the_threshold_fails_with_per_workload() =>
        Assert.True(Compare(TwoWorkloads(10), TwoWorkloads(13), AllKinds).Failed);

    [Fact]
    public void A_geometric_mean_over_the_threshold_fails_by_default() =>
        Assert.Equal([(Kinds.Execution, "copy-and-patch")],
            Compare(TwoWorkloads(10), TwoWorkloads(16), AllKinds with { PerWorkload = false }).GeoRegressions.Select(g => (g.Kind, g.Backend)));

    [Fact]
    public void Markdown_names_the_regression() =>
        Assert.Contains("**REGRESSION**", ComparisonMarkdown.Write(Compare(Run(10), Run(13), AllKinds), "a", "b"));
}
