using StencilBench.Workloads.Model;
using StencilBench.Workloads.Optimizing;
using StencilBench.Workloads.Random;
using StencilBench.Workloads.Verification;

namespace StencilBench.Tests.Optimizing;

/// <summary>
/// The optimizer over whole traces: what it gives still passes the verifier, and it has something
/// to do. That every backend's <c>+opt</c> variant computes what interp does is the differential
/// suites' job (each variant is registered, so they run it on every workload and its random traces).
/// </summary>
public class OptimizedTraceTests
{
    public static TheoryData<string> Workloads() => [.. WorkloadCatalog.Load().All.Select(w => w.Name)];

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Optimized_workload_passes_the_verifier(string workload)
    {
        var trace = WorkloadCatalog.Load().Get(workload).Instantiate().Trace;
        TraceVerifier.Verify(TraceOptimizer.Default.Run(trace).After);
    }

    [Fact]
    public void Optimized_random_traces_pass_the_verifier()
    {
        for (int seed = 0; seed < 300; seed++)
        {
            TraceVerifier.Verify(TraceOptimizer.Default.Run(RandomTraceGenerator.Generate(seed, 8 + seed % 193)).After);
        }
    }

    [Theory]
    [InlineData("set-ip")]
    [InlineData("validity")]
    [InlineData("types")]
    public void Random_traces_give_the_pass_something_to_remove(string pass)
    {
        var optimizer = TraceOptimizer.Only([pass]);
        int changes = Enumerable.Range(0, 300).Sum(seed => optimizer.Run(RandomTraceGenerator.Generate(seed, 8 + seed % 193)).Passes[0].Changes.Count);
        Assert.True(changes > 0, $"{pass}: nothing changed in 300 random traces");
    }

    [Fact]
    public void Guards_go_from_the_workloads() =>
        Assert.True(WorkloadCatalog.Load().All.Sum(w => TraceOptimizer.Default.Run(w.Instantiate().Trace).GuardsRemoved) > 0);

    [Fact]
    public void Unknown_pass_name_is_refused_naming_the_known_ones() =>
        Assert.Equal("unknown optimizer pass 'x' (known: fold, types, set-ip, validity)",
            Assert.Throws<ArgumentException>(() => TraceOptimizer.Only(["x"])).Message);
}
