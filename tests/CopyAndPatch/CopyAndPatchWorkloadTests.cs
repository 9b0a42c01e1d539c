using StencilBench.Backends;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>copy-and-patch against the interpreter on every workload.</summary>
public class CopyAndPatchWorkloadTests
{
    public static TheoryData<string> Workloads() => [.. WorkloadCatalog.Load().All.Select(w => w.Name)];

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Copy_and_patch_gives_the_interpreters_outcome(string workload)
    {
        var (interp, jit) = RunBoth(workload);
        Assert.Equal(interp.Outcome.ToString(), jit.Outcome.ToString());
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Copy_and_patch_leaves_the_interpreters_reference_counts(string workload)
    {
        var (interp, jit) = RunBoth(workload);
        Assert.Equal(interp.ReferenceCounts, jit.ReferenceCounts);
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Copy_and_patch_leaks_nothing_and_frees_nothing_twice(string workload)
    {
        var (_, jit) = RunBoth(workload);
        Assert.Equal(0, jit.LeakedObjects);
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Copy_and_patch_meets_the_workloads_expectation(string workload)
    {
        var w = WorkloadCatalog.Load().Get(workload).Instantiate();
        var result = TraceRunner.Run(new CopyAndPatchBackend(), w.Trace);
        Assert.Empty(w.Expectation.Check(result.Outcome));
    }

    private static (RunResult Interp, RunResult Jit) RunBoth(string workload)
    {
        var trace = WorkloadCatalog.Load().Get(workload).Instantiate().Trace;
        return (TraceRunner.Run(new InterpBackend(), trace), TraceRunner.Run(new CopyAndPatchBackend(), trace));
    }
}
