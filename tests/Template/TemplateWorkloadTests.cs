using StencilBench.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Backends.Template;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Template;

/// <summary>The template backend against the interpreter on every workload of the catalog.</summary>
[Collection(ImmortalCountsCollection.Name)]
public class TemplateWorkloadTests
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
    public void Template_matches_interp_outcome(string name)
    {
        var trace = WorkloadCatalog.Load().Get(name).Instantiate().Trace;
        var expected = TraceRunner.Run(new InterpBackend(), trace);
        var actual = TraceRunner.Run(new TemplateBackend(), trace);
        Assert.Equal(expected.Outcome.ToString(), actual.Outcome.ToString());
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Template_matches_interp_reference_counts(string name)
    {
        var trace = WorkloadCatalog.Load().Get(name).Instantiate().Trace;
        var expected = DifferentialRun.Of(new InterpBackend(), trace);
        var actual = DifferentialRun.Of(new TemplateBackend(), trace);
        Assert.Null(expected.CountsDiffer(actual));
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Template_leaks_nothing(string name)
    {
        var trace = WorkloadCatalog.Load().Get(name).Instantiate().Trace;
        Assert.Equal(0, TraceRunner.Run(new TemplateBackend(), trace).LeakedObjects);
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Template_meets_the_workload_expectation(string name)
    {
        var workload = WorkloadCatalog.Load().Get(name).Instantiate();
        var result = TraceRunner.Run(new TemplateBackend(), workload.Trace);
        Assert.Empty(workload.Expectation.Check(result.Outcome));
    }
}
