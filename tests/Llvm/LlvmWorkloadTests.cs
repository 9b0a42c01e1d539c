using StencilBench.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Backends.Llvm;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Llvm;

/// <summary>llvm-O0 and llvm-O2 against the interpreter on every workload.</summary>
public class LlvmWorkloadTests
{
    public static TheoryData<string, string> LevelsAndWorkloads()
    {
        var data = new TheoryData<string, string>();
        foreach (var level in new[] { "O0", "O2" })
        {
            foreach (var w in WorkloadCatalog.Load().All)
            {
                data.Add(level, w.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LevelsAndWorkloads))]
    public void Llvm_gives_the_interpreters_outcome(string level, string workload)
    {
        var (interp, llvm) = RunBoth(level, workload);
        Assert.Equal(interp.Outcome.ToString(), llvm.Outcome.ToString());
    }

    [Theory]
    [MemberData(nameof(LevelsAndWorkloads))]
    public void Llvm_leaves_the_interpreters_reference_counts(string level, string workload)
    {
        var (interp, llvm) = RunBoth(level, workload);
        Assert.Equal(ReferenceCounts.Comparable(interp.ReferenceCounts), ReferenceCounts.Comparable(llvm.ReferenceCounts));
    }

    [Theory]
    [MemberData(nameof(LevelsAndWorkloads))]
    public void Llvm_leaks_nothing_and_frees_nothing_twice(string level, string workload)
    {
        var (_, llvm) = RunBoth(level, workload);
        Assert.Equal(0, llvm.LeakedObjects);
    }

    [Theory]
    [MemberData(nameof(LevelsAndWorkloads))]
    public void Llvm_meets_the_workloads_expectation(string level, string workload)
    {
        var w = WorkloadCatalog.Load().Get(workload).Instantiate();
        var result = TraceRunner.Run(LlvmTestBackends.Get(level), w.Trace);
        Assert.Empty(w.Expectation.Check(result.Outcome));
    }

    private static (RunResult Interp, RunResult Llvm) RunBoth(string level, string workload)
    {
        var trace = WorkloadCatalog.Load().Get(workload).Instantiate().Trace;
        return (TraceRunner.Run(new InterpBackend(), trace), TraceRunner.Run(LlvmTestBackends.Get(level), trace));
    }
}
