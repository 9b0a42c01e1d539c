using StencilBench.Core.Backends;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.CopyAndPatch.Generated;
using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>The generated registry lists the stencil sets built, by triple, and the host's set is chosen from it.</summary>
public class StencilRegistryTests
{
    [Fact]
    public void The_registry_lists_x86_64_linux()
    {
        Assert.Contains("x86_64-unknown-linux-gnu", StencilRegistry.All.Select(f => f.Triple));
    }

    [Fact]
    public void The_registry_lists_aarch64_linux_patched_by_aarch64()
    {
        var set = StencilRegistry.All.Single(f => f.Key == "aarch64-unknown-linux-gnu").Create();
        Assert.Equal("aarch64", set.Architecture.Name);
    }

    [Fact]
    public void The_registry_lists_aarch64_darwin_patched_by_aarch64()
    {
        var set = StencilRegistry.All.Single(f => f.Key == "aarch64-apple-darwin").Create();
        Assert.Equal("aarch64", set.Architecture.Name);
    }

    [Fact]
    public void The_registry_lists_x86_64_darwin_patched_by_x86_64()
    {
        var set = StencilRegistry.All.Single(f => f.Key == "x86_64-apple-darwin").Create();
        Assert.Equal("x86_64", set.Architecture.Name);
    }

    [Fact]
    public void Each_entry_makes_the_set_of_its_triple_and_flavour_for_a_generator_build()
    {
        Assert.All(StencilRegistry.All, f =>
        {
            var set = f.Create();
            Assert.Equal(f.Triple, set.Triple);
            Assert.Equal(f.Flavour, set.Flavour);
            Assert.Equal(f.Key, StencilBuild.Parse(f.Key).Key);
        });
    }

    [Theory]
    [InlineData("noburnin")]
    [InlineData("hotcold")]
    public void The_registry_lists_x86_64_linux_in_each_flavour(string flavour)
    {
        var set = HostStencils.TryCreate("x86_64-unknown-linux-gnu", flavour, out string? why);
        Assert.Null(why);
        Assert.Equal(flavour, set!.Flavour);
    }

    [Fact]
    public void A_flavour_not_built_is_unavailable_with_the_flavours_that_are()
    {
        Assert.Null(HostStencils.TryCreate("x86_64-unknown-linux-gnu", "noburnin+hotcold", out string? why));
        Assert.StartsWith("no noburnin+hotcold stencils for x86_64-unknown-linux-gnu (flavours built: ", why);
        Assert.Contains("hotcold", why);
    }

    [Fact]
    public void The_host_set_is_chosen_by_triple()
    {
        Assert.Equal("x86_64-unknown-linux-gnu", HostTriple.Current);
        var set = HostStencils.TryCreate(out string? why);
        Assert.Null(why);
        Assert.Equal(HostTriple.Current, set!.Triple);
        Assert.Equal("x86_64", set.Architecture.Name);
    }

    [Fact]
    public void A_triple_not_built_is_unavailable_with_the_triples_that_are()
    {
        Assert.Null(HostStencils.TryCreate("riscv64-unknown-linux-gnu", out string? why));
        Assert.Equal("no stencils for riscv64-unknown-linux-gnu (built: aarch64-apple-darwin, aarch64-unknown-linux-gnu, i686-pc-windows-msvc, powerpc64le-unknown-linux-gnu, x86_64-apple-darwin, x86_64-pc-windows-msvc, x86_64-unknown-linux-gnu)", why);
    }
}
