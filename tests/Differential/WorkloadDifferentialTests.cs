using StencilBench.Core.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Differential;

/// <summary>Every backend against the interpreter on every workload: same exit, frame, reference counts; nothing leaked.</summary>
public class WorkloadDifferentialTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string backend in JitBackends.Names())
        {
            foreach (var w in WorkloadCatalog.Load().All)
            {
                data.Add(backend, w.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Backend_gives_the_interpreters_outcome(string backend, string workload)
    {
        var (interp, actual) = RunBoth(backend, workload);
        Assert.Equal(interp.Outcome.ToString(), actual.Outcome.ToString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Backend_leaves_the_interpreters_reference_counts(string backend, string workload)
    {
        var (interp, actual) = RunBoth(backend, workload);
        Assert.Equal(interp.ReferenceCounts, actual.ReferenceCounts);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Backend_leaks_nothing_and_frees_nothing_twice(string backend, string workload)
    {
        var (_, actual) = RunBoth(backend, workload);
        Assert.Equal(0, actual.LeakedObjects);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Backend_meets_the_workload_expectation(string backend, string workload)
    {
        var (_, actual) = RunBoth(backend, workload);
        Assert.Empty(WorkloadCatalog.Load().Get(workload).Instantiate().Expectation.Check(actual.Outcome));
    }

    private static (RunResult Interp, RunResult Actual) RunBoth(string backend, string workload)
    {
        var trace = WorkloadCatalog.Load().Get(workload).Instantiate().Trace;
        return (TraceRunner.Run(new InterpBackend(), trace), TraceRunner.Run(JitBackends.Get(backend), trace));
    }
}
