using StencilBench.Core.Backends;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Plotting;

namespace StencilBench.Tests.Structure;

/// <summary>Names from results files against the registered descriptors, registered or not.</summary>
public class BackendLineupTests
{
    private static BackendDescriptor Descriptor(string name, int order, bool reference = false) =>
        new(name, "", reference, order, "#123456", new([], [], []), [], ["x86_64-unknown-linux-gnu"], 1);

    private static readonly BackendLineup Lineup = new([Descriptor("b", 1), Descriptor("a", 2), Descriptor("ref", 0, reference: true)]);

    [Fact]
    public void Registered_backends_come_in_display_order() =>
        Assert.Equal(["ref", "b", "a"], Lineup.Ordered(["a", "b", "ref"]));

    [Fact]
    public void Unregistered_backends_come_after_registered_ones_by_name() =>
        Assert.Equal(["b", "old-x", "old-y"], Lineup.Ordered(["old-y", "b", "old-x"]));

    [Fact]
    public void The_reference_is_the_descriptor_marked_so() =>
        Assert.Equal("ref", Lineup.Reference);

    [Fact]
    public void A_lineup_without_a_reference_is_refused() =>
        Assert.Throws<ArgumentException>(() => new BackendLineup([Descriptor("a", 0)]));

    [Fact]
    public void A_lineup_with_two_references_is_refused() =>
        Assert.Throws<ArgumentException>(() => new BackendLineup([Descriptor("a", 0, true), Descriptor("b", 1, true)]));

    [Fact]
    public void A_registered_backend_is_drawn_in_its_descriptor_colour() =>
        Assert.Equal("#123456", ChartStyle.ColorOf(Lineup, "a").ToHex().ToLowerInvariant()[..7]);

    [Fact]
    public void An_unregistered_backend_is_drawn_in_the_same_colour_every_time() =>
        Assert.Equal(ChartStyle.ColorOf(Lineup, "old-x"), ChartStyle.ColorOf(Lineup, "old-x"));
}
