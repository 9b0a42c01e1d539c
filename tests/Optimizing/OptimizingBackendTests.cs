using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Harness.Backends;
using StencilBench.Workloads.Model;
using StencilBench.Workloads.Optimizing;

namespace StencilBench.Tests.Optimizing;

/// <summary>
/// The <c>+opt</c> decorator: named for the backend it varies, its codegen time includes the
/// optimizer, and what the random traces never set (an invalid executor, an interrupt) leaves as
/// interp does.
/// </summary>
public unsafe class OptimizingBackendTests
{
    private delegate void Setup(SbThreadState* ts);

    private static IEnumerable<string> Names() =>
        new BackendRegistry().All.Select(b => b.Name).Where(n => n.EndsWith(OptimizingBackend.Suffix, StringComparison.Ordinal));

    public static TheoryData<string> Variants() => [.. Names()];

    [Fact]
    public void Every_strategy_but_llvm_O0_has_an_optimized_variant_and_copy_and_patch_one_with_all_switches() =>
        Assert.Equal(["copy-and-patch+opt", "copy-and-patch+tos+near+opt", "interp+opt", "llvm-O2+opt", "template+opt"], Names().Order(StringComparer.Ordinal));

    [Fact]
    public void The_all_together_variant_varies_the_strategy_at_its_root() =>
        Assert.Equal("copy-and-patch", new BackendRegistry().Get("copy-and-patch+tos+near+opt").Descriptor.VariantOf);

    [Fact]
    public void Variant_names_the_backend_it_varies() =>
        Assert.Equal("template", new BackendRegistry().Get("template+opt").Descriptor.VariantOf);

    [Fact]
    public void Codegen_time_starts_with_the_optimizer_and_the_reload()
    {
        var trace = WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace;
        using var native = new NativeTrace(trace);
        using var compiled = new BackendRegistry().Get("copy-and-patch+opt").Compile(native);
        Assert.Equal(["optimize", "load"], compiled.Phases.Take(2).Select(p => p.Name));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Invalid_executor_deopts_as_interp_does(string variant) =>
        AssertSameAsInterp(variant, ts => ts->ExecutorValid = 0);

    [Theory]
    [MemberData(nameof(Variants))]
    public void Interrupt_raised_in_the_loop_leaves_as_interp_does(string variant) =>
        AssertSameAsInterp(variant, ts => { ts->EvalBreaker = 1; ts->InterruptAfter = 3; });

    private static void AssertSameAsInterp(string variant, Setup setup)
    {
        var expected = Run(new InterpBackend(), setup);
        var actual = Run(new BackendRegistry().Get(variant), setup);
        Assert.Equal(expected, actual);
    }

    private static (string Outcome, long PeriodicCalls) Run(IBackend backend, Setup setup)
    {
        var trace = WorkloadCatalog.Load().Get("while_loop").Instantiate(new Dictionary<string, System.Numerics.BigInteger> { ["n"] = 10 }).Trace;
        using var native = new NativeTrace(trace);
        using var compiled = backend.Compile(native);
        using var frame = new FrameHandle(trace);
        setup(frame.ThreadState);
        long exit = compiled.Run(frame.Frame, frame.ThreadState);
        return (frame.ReadOutcome(exit).ToString(), frame.ThreadState->PeriodicCalls);
    }
}
