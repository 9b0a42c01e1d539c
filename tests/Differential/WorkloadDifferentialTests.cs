using StencilBench.Backends;
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
    public void Backend_matches_the_interpreter_on_the_workload(string backend, string workload)
    {
        var w = WorkloadCatalog.Load().Get(workload).Instantiate();
        var interp = TraceRunner.Run(new InterpBackend(), w.Trace);
        var actual = TraceRunner.Run(JitBackends.Get(backend), w.Trace);
        Assert.Null(Mismatch.Between(interp, actual));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Backend_meets_the_workload_expectation(string backend, string workload)
    {
        var w = WorkloadCatalog.Load().Get(workload).Instantiate();
        var actual = TraceRunner.Run(JitBackends.Get(backend), w.Trace);
        Assert.Empty(w.Expectation.Check(actual.Outcome));
    }
}
