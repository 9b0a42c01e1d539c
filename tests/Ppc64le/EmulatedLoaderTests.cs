using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Harness.Loader;
using StencilBench.Harness.Targets;
using StencilBench.Tests.Differential;
using StencilBench.Workloads.Model;
using StencilBench.Workloads.Random;

namespace StencilBench.Tests.Ppc64le;

/// <summary>
/// powerpc64le Linux, emulated: the native loader cross-built for POWER10 runs the runtime's
/// interpreter, and the powerpc64le stencils patched here for the loader's addresses, under
/// qemu-ppc64le; both agree with the host's in-process interpreter (outcome, reference counts,
/// nothing leaked) and each workload's expectation. Correctness only (emulated): nothing is timed.
/// </summary>
public class EmulatedLoaderTests
{
    public const int RandomTraces = 100;

    private static StencilSet Stencils =>
        HostStencils.TryCreate(LoaderTarget.Ppc64le.Triple, out string? why) ?? throw new InvalidOperationException(why);

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
            Assert.Empty(LoaderCheck.Problems(runner, w, LoaderEngine.Interp, TraceRunner.Run(new InterpBackend(), w.Trace)));
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
    public void Every_workload_run_by_powerpc64le_copy_and_patch_gives_the_host_interpreters_result_and_meets_its_expectation()
    {
        using var loader = LoaderTarget.Ppc64le.Start();
        var runner = new LoaderRunner(loader, Stencils);
        foreach (var definition in WorkloadCatalog.Load().All.Where(d => d.Executors.Count == 0))
        {
            var w = definition.Instantiate();
            var problems = LoaderCheck.Problems(runner, w, LoaderEngine.CopyAndPatch, TraceRunner.Run(new InterpBackend(), w.Trace));
            Assert.True(problems.Count == 0, $"{definition.Name}: {string.Join("; ", problems)}");
        }
    }

    [Fact]
    public void Random_traces_run_by_powerpc64le_copy_and_patch_give_the_host_interpreters_results()
    {
        using var loader = LoaderTarget.Ppc64le.Start();
        var runner = new LoaderRunner(loader, Stencils);
        var interp = new InterpBackend();
        for (int seed = 0; seed < RandomTraces; seed++)
        {
            int length = RandomTraceDifferentialTests.LengthOf(seed);
            var trace = RandomTraceGenerator.Generate(seed, length);
            string? why = Mismatch.Between(TraceRunner.Run(interp, trace), runner.Run(trace, LoaderEngine.CopyAndPatch));
            Assert.True(why is null, $"seed {seed} (length {length}): {why}");
        }
    }

    [Fact]
    public void Copy_and_patch_in_a_loader_given_no_stencils_says_so()
    {
        using var loader = LoaderTarget.Ppc64le.Start();
        var trace = WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace;
        var e = Assert.Throws<LoaderException>(() => new LoaderRunner(loader, stencils: null).Run(trace, LoaderEngine.CopyAndPatch));
        Assert.Contains("no stencils for its target", e.Message);
    }
}
