using StencilBench.Harness.Statistics;

namespace StencilBench.Tests.Measurement;

/// <summary>Intervals from the spread between processes, not only within one.</summary>
public sealed class HierarchicalBootstrapTests
{
    private static double[] Around(double centre, int n) => [.. Enumerable.Range(0, n).Select(i => centre * (1 + ((i % 5) - 2) * 0.001))];

    [Fact]
    public void Processes_that_disagree_give_an_interval_reaching_both()
    {
        var (low, high) = HierarchicalBootstrap.Median([Around(1.0, 30), Around(1.2, 30), Around(1.0, 30), Around(1.2, 30), Around(1.1, 30)]);
        Assert.True(low < 1.02 && high > 1.18, $"[{low}, {high}]");
    }

    [Fact]
    public void Processes_that_agree_give_a_narrow_interval()
    {
        var (low, high) = HierarchicalBootstrap.Median([Around(1.0, 30), Around(1.0, 30), Around(1.0, 30)]);
        Assert.True(high - low < 0.005, $"[{low}, {high}]");
    }

    [Fact]
    public void The_pooled_bootstrap_would_hide_what_the_processes_show()
    {
        double[][] processes = [Around(1.0, 30), Around(1.2, 30), Around(1.0, 30), Around(1.2, 30), Around(1.1, 30)];
        var (hLow, hHigh) = HierarchicalBootstrap.Median(processes);
        var (pLow, pHigh) = Bootstrap.GeometricMeanOfMedians([[.. processes.SelectMany(p => p)]]);
        Assert.True(hHigh - hLow > 2 * (pHigh - pLow), $"hierarchical [{hLow}, {hHigh}], pooled [{pLow}, {pHigh}]");
    }

    [Fact]
    public void A_geometric_mean_over_workloads_gets_the_between_process_spread_of_each()
    {
        IReadOnlyList<IReadOnlyList<double>> steady = [Around(2.0, 20), Around(2.0, 20)];
        IReadOnlyList<IReadOnlyList<double>> moving = [Around(1.0, 20), Around(1.5, 20), Around(1.0, 20), Around(1.5, 20)];
        var (low, high) = HierarchicalBootstrap.GeometricMeanOfMedians([steady, moving]);
        Assert.True(low < Math.Sqrt(2.0 * 1.05) && high > Math.Sqrt(2.0 * 1.45), $"[{low}, {high}]");
    }

    [Fact]
    public void A_slow_stretch_shared_by_every_workload_widens_the_geometric_means_interval()
    {
        // Process k of every workload ran in the same stretch: in "together" the first two
        // stretches were slow for both workloads, in "opposite" slow for one and fast for the other.
        IReadOnlyList<IReadOnlyList<double>> a = [Around(1.2, 20), Around(1.2, 20), Around(1.0, 20), Around(1.0, 20)];
        IReadOnlyList<IReadOnlyList<double>> b = [Around(1.2, 20), Around(1.2, 20), Around(1.0, 20), Around(1.0, 20)];
        IReadOnlyList<IReadOnlyList<double>> bOpposite = [.. b.Reverse()];
        var (tLow, tHigh) = HierarchicalBootstrap.GeometricMeanOfMedians([a, b]);
        var (oLow, oHigh) = HierarchicalBootstrap.GeometricMeanOfMedians([a, bOpposite]);
        Assert.True(tHigh - tLow > 2 * (oHigh - oLow), $"together [{tLow}, {tHigh}], opposite [{oLow}, {oHigh}]");
    }

    [Fact]
    public void The_same_samples_give_the_same_interval()
    {
        double[][] processes = [Around(1.0, 10), Around(1.3, 10)];
        Assert.Equal(HierarchicalBootstrap.Median(processes), HierarchicalBootstrap.Median(processes));
    }

    [Fact]
    public void No_samples_give_no_interval()
    {
        var (low, high) = HierarchicalBootstrap.Median([[], []]);
        Assert.True(double.IsNaN(low) && double.IsNaN(high));
    }
}
