using StencilBench.Backends.Interp;
using StencilBench.Harness.Loader;
using StencilBench.Harness.Targets;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.PerTarget;

/// <summary>
/// The loaders <c>run --target</c> checks powerpc64le (under qemu) and i686 Windows (natively, the
/// 32-bit loader) with, really run on two workloads each: verdicts per workload and engine, a
/// wrong expectation caught, an executor graph not run.
/// </summary>
public class LoaderEmulatorTests
{
    private const string Power = "powerpc64le-unknown-linux-gnu", Windows32 = "i686-pc-windows-msvc";
    private static readonly string[] Both = ["interp", "copy-and-patch"];
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private static LoaderEmulator For(string triple) =>
        new(triple == Power ? LoaderTarget.Ppc64le : LoaderTarget.I686Windows, new InterpBackend());

    private static Workload[] Shipped(params string[] names) => [.. names.Select(n => WorkloadCatalog.Load().Get(n).Instantiate())];

    [Theory]
    [InlineData(Power)]
    [InlineData(Windows32)]
    public void Interp_and_copy_and_patch_in_the_loader_agree_on_two_workloads(string triple)
    {
        var outcomes = For(triple).Check(triple, Shipped("fibonacci", "sieve"), Both, Limit);
        Assert.Equal(4, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Ran && o.Agrees, $"{o.Workload} {o.Backend}: {o.Note}"));
    }

    [Theory]
    [InlineData(Power)]
    [InlineData(Windows32)]
    public void A_result_that_misses_its_expectation_in_the_loader_disagrees_saying_what_is_wrong(string triple)
    {
        var wrong = TraceFileParser.Parse("name: wrong\nlocals: x = 1\ntrace:\n    _EXIT_TRACE\nexpect:\n    exit: deopt\n", "wrong.uops").Instantiate();
        var outcomes = For(triple).Check(triple, [wrong], Both, Limit);
        Assert.All(outcomes, o => Assert.False(o.Agrees, o.Backend));
        Assert.All(outcomes, o => Assert.Contains("deopt", o.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void An_executor_graph_is_not_run_in_the_loader()
    {
        var outcomes = For(Windows32).Check(Windows32, Shipped("collatz_graph"), Both, Limit);
        Assert.All(outcomes, o => Assert.False(o.Ran, o.Backend));
    }

    [Fact]
    public void The_i686_loader_does_not_check_another_target() =>
        Assert.Equal($"the linux-i686/sb_loader loader runs {Windows32} code, not {Power}", For(Windows32).Unavailable(Power));

    [Fact]
    public void A_missing_loader_is_unavailable_saying_so()
    {
        var missing = LoaderTarget.I686Windows with { RelativePath = "no-such-folder/sb_loader" };
        Assert.EndsWith("no-such-folder/sb_loader is missing: rebuild with ./run-all.sh", new LoaderEmulator(missing, new InterpBackend()).Unavailable(Windows32));
    }
}
