using StencilBench.Harness.Targets;

namespace StencilBench.Tests.PerTarget;

/// <summary>Which strategies emit code for which target on an x86-64 Linux host.</summary>
public class TargetLineupTests
{
    private const string Host = "x86_64-unknown-linux-gnu", Arm = "aarch64-unknown-linux-gnu", Power = "powerpc64le-unknown-linux-gnu", Darwin = "x86_64-apple-darwin";

    private static IEnumerable<string> Names(string triple) => TargetLineup.For(triple, Host).Backends.Select(b => b.Name);

    [Fact]
    public void The_host_gets_every_strategy_that_compiles() =>
        Assert.Equal([$"copy-and-patch@{Host}", $"template@{Host}", $"llvm-O0@{Host}", $"llvm-O2@{Host}"], Names(Host));

    [Fact]
    public void Aarch64_gets_copy_and_patch_and_llvm() =>
        Assert.Equal([$"copy-and-patch@{Arm}", $"llvm-O0@{Arm}", $"llvm-O2@{Arm}"], Names(Arm));

    [Theory]
    [InlineData("x86_64-apple-darwin")]
    [InlineData("aarch64-apple-darwin")]
    [InlineData("x86_64-pc-windows-msvc")]
    [InlineData("i686-pc-windows-msvc")]
    public void Mach_o_and_coff_targets_get_both_llvm_levels(string triple) =>
        Assert.Equal([$"llvm-O0@{triple}", $"llvm-O2@{triple}"], Names(triple).Where(n => n.StartsWith("llvm-", StringComparison.Ordinal)));

    [Fact]
    public void The_template_jit_says_it_emits_x86_64_for_the_host_only() =>
        Assert.Contains(new TargetSkip("template", Arm, $"the template JIT emits x86-64 code for {Host} only"), TargetLineup.For(Arm, Host).Skipped);

    [Fact]
    public void Darwin_copy_and_patch_code_runs_in_this_process_and_aarch64_code_does_not()
    {
        Assert.True(TargetLineup.For(Darwin, Host).Backends.Single(b => b.Strategy == "copy-and-patch").RunsHere);
        Assert.False(TargetLineup.For(Arm, Host).Backends.Single(b => b.Strategy == "copy-and-patch").RunsHere);
    }

    [Fact]
    public void Every_known_target_gets_some_strategy() =>
        Assert.All(TargetLineup.Known(Host), t => Assert.NotEmpty(TargetLineup.For(t, Host).Backends));

    [Fact]
    public void The_host_is_the_first_known_target() => Assert.Equal(Host, TargetLineup.Known(Host)[0]);
}
