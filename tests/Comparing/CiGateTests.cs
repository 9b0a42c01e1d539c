using StencilBench.Harness.Backends;
using StencilBench.Harness.Comparing;
using StencilBench.Harness.Results;

namespace StencilBench.Tests.Comparing;

/// <summary>What CI relies on, with compare's default options: injected slowdowns fail, unchanged runs pass.</summary>
public sealed class CiGateTests
{
    private static ComparisonResult Compare(ResultSet a, ResultSet b) =>
        Comparer.Compare(a, b, CompareOptions.Default, new BackendRegistry().Lineup.Reference);

    [Fact]
    public void Two_times_slower_copy_and_patch_codegen_fails()
    {
        var slow = new ComparedRuns { Seed = 1 };
        slow.CodegenSlowdown["copy-and-patch"] = 2;
        Assert.True(Compare(new ComparedRuns().Build(), slow.Build()).Failed);
    }

    [Fact]
    public void Two_times_slower_copy_and_patch_codegen_is_a_codegen_ratio_regression_of_copy_and_patch()
    {
        var slow = new ComparedRuns { Seed = 1 };
        slow.CodegenSlowdown["copy-and-patch"] = 2;
        Assert.Equal([(CodegenRatios.Kind, "copy-and-patch")], Compare(new ComparedRuns().Build(), slow.Build()).GeoRegressions.Select(g => (g.Kind, g.Backend)));
    }

    [Fact]
    public void Template_code_one_point_three_times_slower_fails()
    {
        var slow = new ComparedRuns { Seed = 1 };
        slow.ExecutionSlowdown["template"] = 1.3;
        Assert.True(Compare(new ComparedRuns().Build(), slow.Build()).Failed);
    }

    [Fact]
    public void Template_code_one_point_three_times_slower_is_a_speed_up_regression_of_template()
    {
        var slow = new ComparedRuns { Seed = 1 };
        slow.ExecutionSlowdown["template"] = 1.3;
        Assert.Equal([(Kinds.Speedup, "template")],
            Compare(new ComparedRuns().Build(), slow.Build()).GeoRegressions.Select(g => (g.Kind, g.Backend)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void An_unchanged_run_passes(int seed) =>
        Assert.False(Compare(new ComparedRuns().Build(), new ComparedRuns { Seed = seed }.Build()).Failed);

    [Fact]
    public void A_machine_twice_as_fast_passes_the_default_ratios()
    {
        var fast = new ComparedRuns { Seed = 1 };
        foreach (string b in ComparedRuns.Backends)
        {
            fast.CodegenSlowdown[b] = 0.5;
            fast.ExecutionSlowdown[b] = 0.5;
        }
        Assert.False(Compare(new ComparedRuns().Build(), fast.Build()).Failed);
    }

    [Fact]
    public void Default_kinds_gate_speed_up_and_codegen_ratios() =>
        Assert.Equal([Kinds.Speedup, CodegenRatios.Kind], CompareOptions.Default.Kinds);
}
