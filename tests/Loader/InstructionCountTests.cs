using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Harness.Loader;
using StencilBench.Tests.Differential;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Loader;

/// <summary>Executed instructions counted by callgrind on the native loader: exact, repeatable, and of a correct run.</summary>
public class InstructionCountTests
{
    private static readonly InstructionCounter Counter = new(new CopyAndPatchBackend().Stencils);

    [Theory]
    [InlineData(LoaderEngine.CopyAndPatch)]
    [InlineData(LoaderEngine.Interp)]
    public void Two_counted_runs_of_a_workload_execute_the_same_number_of_instructions(LoaderEngine engine)
    {
        var trace = WorkloadCatalog.Load().Get("list_sum").Instantiate().Trace;
        long first = Counter.Count(trace, engine).Instructions;
        long second = Counter.Count(trace, engine).Instructions;
        Assert.True(first > 0);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_counted_run_gives_the_in_process_interpreters_result()
    {
        var trace = WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace;
        var counted = Counter.Count(trace, LoaderEngine.CopyAndPatch);
        Assert.Null(Mismatch.Between(TraceRunner.Run(new InterpBackend(), trace), counted.Result));
    }

    [Fact]
    public void A_larger_workload_executes_more_instructions()
    {
        var fibonacci = WorkloadCatalog.Load().Get("fibonacci");
        var small = fibonacci.Instantiate(new Dictionary<string, System.Numerics.BigInteger> { ["n"] = 100 });
        var large = fibonacci.Instantiate(new Dictionary<string, System.Numerics.BigInteger> { ["n"] = 400 });
        Assert.True(Counter.Count(small.Trace, LoaderEngine.CopyAndPatch).Instructions < Counter.Count(large.Trace, LoaderEngine.CopyAndPatch).Instructions);
    }
}
