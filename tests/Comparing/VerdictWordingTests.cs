using StencilBench.Harness.Backends;
using StencilBench.Harness.Comparing;
using StencilBench.Harness.Results;

namespace StencilBench.Tests.Comparing;

public sealed class VerdictWordingTests
{
    private static TimingComparison Template(double slowdown, CompareOptions? options = null)
    {
        var b = new ComparedRuns { Seed = 1, Noise = 0.005 };
        b.ExecutionSlowdown["template"] = slowdown;
        var result = Comparer.Compare(new ComparedRuns { Noise = 0.005 }.Build(), b.Build(),
            (options ?? CompareOptions.Default) with { Kinds = [Kinds.Execution] }, new BackendRegistry().Lineup.Reference);
        return result.Timings.First(t => t.Key.Backend == "template");
    }

    [Fact]
    public void Slower_code_in_B_reads_B_slower_than_A() => Assert.Equal("B slower than A by 1.08×", Template(1.08).Verdict);

    [Fact]
    public void Faster_code_in_B_reads_B_faster_than_A() => Assert.Equal("B faster than A by 1.08×", Template(1 / 1.08).Verdict);

    [Fact]
    public void A_change_below_min_speed_is_no_significant_change() =>
        Assert.Equal("no significant change", Template(1.03, CompareOptions.Default with { MinSpeed = 0.05 }).Verdict);

    [Fact]
    public void A_change_above_min_speed_stays_significant() =>
        Assert.Equal("B slower than A by 1.08×", Template(1.08, CompareOptions.Default with { MinSpeed = 0.05 }).Verdict);

    [Fact]
    public void Execution_figures_carry_their_unit() => Assert.Equal("ns/iteration", Template(1.08).Unit);

    [Theory]
    [InlineData(0.0, "p<0.001")]
    [InlineData(0.0004, "p<0.001")]
    [InlineData(0.0123, "p=0.012")]
    [InlineData(0.5, "p=0.500")]
    public void P_values_print_as_a_paper_prints_them(double p, string text) => Assert.Equal(text, TimingComparison.FormatP(p));
}
