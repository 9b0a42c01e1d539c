using System.Text.RegularExpressions;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Complexity;

namespace StencilBench.Tests.Structure;

/// <summary>What every registered backend's descriptor must say.</summary>
public partial class BackendDescriptorTests
{
    private static readonly BackendRegistry Registry = new();

    public static TheoryData<string> Backends() => new(Registry.All.Select(b => b.Name));

    [Fact]
    public void Exactly_one_backend_is_the_reference() =>
        Assert.Single(Registry.All, b => b.Descriptor.IsReference);

    [Fact]
    public void The_registry_reference_is_the_backend_marked_as_reference() =>
        Assert.True(Registry.Reference.Descriptor.IsReference);

    [Fact]
    public void Backends_are_listed_in_display_order() =>
        Assert.Equal(Registry.All.Select(b => b.Descriptor.DisplayOrder).Order(), Registry.All.Select(b => b.Descriptor.DisplayOrder));

    [Fact]
    public void Display_orders_are_distinct() =>
        Assert.Equal(Registry.All.Count, Registry.All.Select(b => b.Descriptor.DisplayOrder).Distinct().Count());

    [Fact]
    public void Colours_are_distinct() =>
        Assert.Equal(Registry.All.Count, Registry.All.Select(b => b.Descriptor.Colour).Distinct(StringComparer.OrdinalIgnoreCase).Count());

    [Theory]
    [MemberData(nameof(Backends))]
    public void Colour_is_a_hex_rgb(string backend) =>
        Assert.Matches(HexColour(), Registry.Get(backend).Descriptor.Colour);

    [Theory]
    [MemberData(nameof(Backends))]
    public void Backend_supports_at_least_one_target(string backend) =>
        Assert.NotEmpty(Registry.Get(backend).Descriptor.Targets);

    [Theory]
    [MemberData(nameof(Backends))]
    public void Random_trace_budget_is_positive(string backend) =>
        Assert.True(Registry.Get(backend).Descriptor.RandomTraceBudget > 0);

    [Theory]
    [MemberData(nameof(Backends))]
    public void Hand_written_sources_exist_in_the_checkout(string backend)
    {
        var sources = Registry.Get(backend).Descriptor.HandWritten;
        Assert.All(sources.Semantics.Concat(sources.C).Concat(sources.CSharp), path =>
            Assert.True(Path.Exists(Path.Combine(TestPaths.RepositoryRoot, path)), path));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Hand_written_lines_are_counted(string backend) =>
        Assert.True(new HandWrittenLines(TestPaths.RepositoryRoot).For(Registry.Get(backend).Descriptor.HandWritten)?.Total > 0);

    [Fact]
    public void Copy_and_patch_targets_include_the_triple_its_stencils_were_built_for()
    {
        var cp = (CopyAndPatchBackend)Registry.Get("copy-and-patch");
        Assert.Contains(cp.Stencils.Triple, cp.Descriptor.Targets);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
