using StencilBench.Core.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Interp;

/// <summary>The reference backend on every workload: the expected outcome, and nothing leaked.</summary>
public class InterpWorkloadTests
{
    public static TheoryData<string> Workloads()
    {
        var data = new TheoryData<string>();
        foreach (var w in WorkloadCatalog.Load().All)
        {
            data.Add(w.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Interp_produces_the_expected_outcome(string name)
    {
        var workload = WorkloadCatalog.Load().Get(name).Instantiate();
        var result = TraceRunner.Run(new InterpBackend(), workload.Trace);
        Assert.Empty(workload.Expectation.Check(result.Outcome));
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Interp_leaks_nothing_and_frees_nothing_twice(string name)
    {
        var workload = WorkloadCatalog.Load().Get(name).Instantiate();
        var result = TraceRunner.Run(new InterpBackend(), workload.Trace);
        Assert.Equal(0, result.LeakedObjects);
    }
}
