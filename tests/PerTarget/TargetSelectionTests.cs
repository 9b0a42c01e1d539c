using StencilBench.Harness.Cli;
using StencilBench.Harness.Targets;

namespace StencilBench.Tests.PerTarget;

/// <summary><c>run --target</c>: host by default, triples or <c>all</c>, repeatable, the host first.</summary>
public class TargetSelectionTests
{
    private const string Host = "x86_64-unknown-linux-gnu", Arm = "aarch64-unknown-linux-gnu", Power = "powerpc64le-unknown-linux-gnu";
    private static readonly string[] Known = [Host, Arm, Power];

    [Fact]
    public void No_target_is_the_host_alone()
    {
        var chosen = TargetSelection.Parse(null, Host, Known);
        Assert.Equal([Host], chosen.Triples);
        Assert.True(chosen.IncludesHost);
        Assert.Empty(chosen.Others);
    }

    [Fact]
    public void All_is_every_known_target_with_the_host_first() =>
        Assert.Equal([Host, Arm, Power], TargetSelection.Parse(["all"], Host, Known).Triples);

    [Fact]
    public void A_triple_alone_leaves_the_host_matrix_out()
    {
        var chosen = TargetSelection.Parse([Power], Host, Known);
        Assert.False(chosen.IncludesHost);
        Assert.Equal([Power], chosen.Others);
    }

    [Fact]
    public void Repeated_targets_are_chosen_once() =>
        Assert.Equal([Host, Arm], TargetSelection.Parse([Arm, "host", Arm, Host], Host, Known).Triples);

    [Fact]
    public void An_unknown_target_is_one_line_naming_the_known_ones()
    {
        var e = Assert.Throws<UserError>(() => TargetSelection.Parse(["riscv64-unknown-linux-gnu"], Host, Known));
        Assert.Equal($"--target riscv64-unknown-linux-gnu: unknown target (known: host, all, {Host}, {Arm}, {Power})", e.Message);
    }
}
