using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Harness.Loader;
using StencilBench.Tests.Differential;
using StencilBench.Workloads.Model;
using StencilBench.Workloads.Random;

namespace StencilBench.Tests.Loader;

/// <summary>
/// The native loader on the host: copy-and-patch code patched here for the loader's addresses, and
/// the runtime's interpreter, run in the loader process, agree with the in-process interpreter
/// (outcome, reference counts, nothing leaked) and with each workload's expectation.
/// </summary>
public class LoaderExecutionTests(LoaderFixture loader) : IClassFixture<LoaderFixture>
{
    public const int RandomTraces = 200;

    public static TheoryData<string, LoaderEngine> Workloads()
    {
        var data = new TheoryData<string, LoaderEngine>();
        foreach (var engine in Enum.GetValues<LoaderEngine>())
        {
            foreach (var w in WorkloadCatalog.Load().All.Where(w => w.Executors.Count == 0))
            {
                data.Add(w.Name, engine);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void A_workload_run_in_the_loader_gives_the_in_process_interpreters_result(string workload, LoaderEngine engine)
    {
        var trace = WorkloadCatalog.Load().Get(workload).Instantiate().Trace;
        var expected = TraceRunner.Run(new InterpBackend(), trace);
        var actual = loader.Runner.Run(trace, engine);
        Assert.Null(Mismatch.Between(expected, actual));
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void A_workload_run_in_the_loader_meets_its_expectation(string workload, LoaderEngine engine)
    {
        var instance = WorkloadCatalog.Load().Get(workload).Instantiate();
        var actual = loader.Runner.Run(instance.Trace, engine);
        Assert.Empty(instance.Expectation.Check(actual.Outcome));
    }

    [Theory]
    [InlineData(LoaderEngine.CopyAndPatch)]
    [InlineData(LoaderEngine.Interp)]
    public void Random_traces_run_in_the_loader_give_the_in_process_interpreters_results(LoaderEngine engine)
    {
        var interp = new InterpBackend();
        for (int seed = 0; seed < RandomTraces; seed++)
        {
            int length = RandomTraceDifferentialTests.LengthOf(seed);
            var trace = RandomTraceGenerator.Generate(seed, length);
            string? why = Mismatch.Between(TraceRunner.Run(interp, trace), loader.Runner.Run(trace, engine));
            Assert.True(why is null, $"{engine}, seed {seed} (length {length}): {why}");
        }
    }
}
