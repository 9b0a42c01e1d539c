using System.Numerics;
using StencilBench.Harness.Measure;

namespace StencilBench.Tests.Measurement;

public sealed class MeasureTests
{
    [Fact]
    public void Break_even_is_codegen_over_time_saved_per_iteration() => Assert.Equal(200, BreakEven.Iterations(1000, 10, 5));

    [Fact]
    public void Break_even_never_comes_when_code_is_slower() => Assert.True(double.IsPositiveInfinity(BreakEven.Iterations(1000, 5, 10)));

    [Fact]
    public void Total_time_is_codegen_plus_iterations_times_cost() => Assert.Equal(1500, BreakEven.TotalNs(1000, 5, 100));

    [Fact]
    public void Scaled_sizes_are_distinct_ascending_and_at_least_one() =>
        Assert.Equal([new BigInteger(1), new BigInteger(4), new BigInteger(16)], ExecutionScaling.Sizes(4, [0.01, 0.25, 1, 1, 4]));

    [Fact]
    public void Interleaver_rotates_the_first_backend_each_pass()
    {
        var order = new List<string>();
        var samplers = new[] { "a", "b", "c" }.Select(n => new FakeSampler(n, order)).ToList();
        Interleaver.Run(samplers, 3);
        Assert.Equal(["a", "b", "c", "b", "c", "a", "c", "a", "b"], order);
    }

    [Fact]
    public void Interleaver_keeps_each_backend_samples_in_pass_order()
    {
        var order = new List<string>();
        var samples = Interleaver.Run([new FakeSampler("a", order), new FakeSampler("b", order)], 3);
        Assert.Equal([1.0, 2.0, 3.0], samples[0]);
    }

    private sealed class FakeSampler(string name, List<string> order) : ISampler
    {
        private int _taken;

        public string Backend => name;
        public int Batch => 1;

        public double Sample()
        {
            order.Add(name);
            return ++_taken;
        }
    }
}
