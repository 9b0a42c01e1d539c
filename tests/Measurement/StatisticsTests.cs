using StencilBench.Harness.Statistics;

namespace StencilBench.Tests.Measurement;

public sealed class StatisticsTests
{
    [Fact]
    public void Median_of_odd_count_is_middle_value() => Assert.Equal(3, SampleSummary.Of([5, 1, 3, 2, 4]).Median);

    [Fact]
    public void Median_of_even_count_averages_middle_pair() => Assert.Equal(2.5, SampleSummary.Of([4, 1, 3, 2]).Median);

    [Fact]
    public void Mad_ignores_a_single_outlier() => Assert.Equal(1, SampleSummary.Of([1, 2, 3, 4, 100]).Mad);

    [Fact]
    public void Std_dev_is_the_sample_std_dev() => Assert.Equal(Math.Sqrt(2.5), SampleSummary.Of([1, 2, 3, 4, 5]).StdDev, 12);

    [Fact]
    public void Median_interval_of_twenty_samples_is_sixth_to_fifteenth() =>
        Assert.Equal((6.0, 15.0), MedianInterval.Of([.. Enumerable.Range(1, 20).Select(i => (double)i)]));

    [Fact]
    public void Median_interval_of_five_samples_is_the_whole_range() =>
        Assert.Equal((1.0, 5.0), MedianInterval.Of([1, 2, 3, 4, 5]));

    [Fact]
    public void Median_interval_contains_the_median() =>
        Assert.True(SampleSummary.Of(CraftedRuns.Around(50, 31)) is var s && s.CiLow <= s.Median && s.Median <= s.CiHigh);

    [Fact]
    public void Spread_above_ten_percent_is_unstable() => Assert.True(SampleSummary.Of([10, 14, 7, 12, 9, 15, 6]).Unstable);

    [Fact]
    public void A_few_outliers_among_tight_samples_do_not_make_a_figure_unstable() =>
        Assert.False(SampleSummary.Of([.. CraftedRuns.Around(10, 31), 100, 90]).Unstable);

    [Fact]
    public void Tight_samples_are_stable() => Assert.False(SampleSummary.Of(CraftedRuns.Around(10)).Unstable);

    [Fact]
    public void Geometric_mean_of_two_and_eight_is_four() => Assert.Equal(4, GeometricMean.Of([2, 8]), 12);

    [Fact]
    public void Geometric_mean_of_a_non_positive_value_is_nan() => Assert.True(double.IsNaN(GeometricMean.Of([2, 0])));

    [Fact]
    public void Paired_ratios_divide_sample_by_sample() => Assert.Equal([2.0, 3.0], PairedRatios.Of([4, 9], [2, 3]));

    [Fact]
    public void Mann_whitney_finds_a_ten_percent_shift_significant() =>
        Assert.True(MannWhitney.PValue(CraftedRuns.Around(100), CraftedRuns.Around(110)) < 0.001);

    [Fact]
    public void Mann_whitney_finds_identical_distributions_not_significant() =>
        Assert.True(MannWhitney.PValue(CraftedRuns.Around(100), CraftedRuns.Around(100)) > 0.5);

    [Fact]
    public void Mann_whitney_is_exact_at_small_n() =>
        Assert.Equal(2.0 / 20, MannWhitney.PValue([1, 2, 3], [4, 5, 6]), 9);

    [Fact]
    public void Mann_whitney_of_one_sample_a_side_is_never_significant() =>
        Assert.Equal(1, MannWhitney.PValue([1], [100]));

    [Fact]
    public void Bootstrap_is_deterministic() =>
        Assert.Equal(Bootstrap.GeometricMeanOfMedians([CraftedRuns.Around(2), CraftedRuns.Around(8)]), Bootstrap.GeometricMeanOfMedians([CraftedRuns.Around(2), CraftedRuns.Around(8)]));

    [Fact]
    public void Bootstrap_interval_contains_the_geometric_mean_of_medians()
    {
        (double low, double high) = Bootstrap.GeometricMeanOfMedians([CraftedRuns.Around(2, spread: 0.1), CraftedRuns.Around(8, spread: 0.1)]);
        Assert.InRange(4.0, low, high);
    }
}
