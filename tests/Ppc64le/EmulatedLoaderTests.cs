using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Harness.Loader;
using StencilBench.Tests.Differential;
using StencilBench.Workloads.Model;
using StencilBench.Workloads.Random;

namespace StencilBench.Tests.Ppc64le;

/// <summary>
/// powerpc64le Linux, emulated: the native loader cross-built for POWER10 runs the runtime's
/// interpreter under qemu-ppc64le and agrees with the host's in-process interpreter and each
/// workload's expectation: the runtime and the interpreter are correct on a second architecture
/// and byte order of the same width. Correctness only (emulated). No ppc64le stencils yet.
/// </summary>
public class EmulatedLoaderTests
{
    public const int RandomTraces = 100;

    [Fact]
    public void The_powerpc64le_loader_starts_under_qemu_power10()
    {
        using var loader = LoaderTarget.Ppc64le.Start();
        Assert.Equal(0x40000000UL, loader.CodeBase);
    }

    [Fact]
    public void Every_workload_run_by_the_powerpc64le_interpreter_gives_the_host_interpreters_result_and_meets_its_expectation()
    {
        using var loader = LoaderTarget.Ppc64le.Start();
        var runner = new LoaderRunner(loader, stencils: null);
        foreach (var definition in WorkloadCatalog.Load().All.Where(d => d.Executors.Count == 0))
        {
            var w = definition.Instantiate();
            var actual = runner.Run(w.Trace, LoaderEngine.Interp);
            Assert.Null(Mismatch.Between(TraceRunner.Run(new InterpBackend(), w.Trace), actual));
            Assert.Empty(w.Expectation.Check(actual.Outcome));
        }
    }

    [Fact]
    public void Random_traces_run_by_the_powerpc64le_interpreter_give_the_host_interpreters_results()
    {
        using var loader = LoaderTarget.Ppc64le.Start();
        var runner = new LoaderRunner(loader, stencils: null);
        var interp = new InterpBackend();
        for (int seed = 0; seed < RandomTraces; seed++)
        {
            int length = RandomTraceDifferentialTests.LengthOf(seed);
            var trace = RandomTraceGenerator.Generate(seed, length);
            string? why = Mismatch.Between(TraceRunner.Run(interp, trace), runner.Run(trace, LoaderEngine.Interp));
            Assert.True(why is null, $"seed {seed} (length {length}): {why}");
        }
    }

    [Fact]
    public void Copy_and_patch_in_the_powerpc64le_loader_says_there_are_no_stencils()
    {
        using var loader = LoaderTarget.Ppc64le.Start();
        var trace = WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace;
        var e = Assert.Throws<LoaderException>(() => new LoaderRunner(loader, stencils: null).Run(trace, LoaderEngine.CopyAndPatch));
        Assert.Contains("no stencils for its target", e.Message);
    }
}
