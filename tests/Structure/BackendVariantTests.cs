using StencilBench.Backends.CopyAndPatch;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Cli;

namespace StencilBench.Tests.Structure;

public sealed class BackendVariantTests
{
    private static readonly BackendRegistry Registry = new();

    [Fact]
    public void The_default_options_name_copy_and_patch_itself()
    {
        Assert.Equal("", CopyAndPatchOptions.Default.Suffix);
    }

    [Fact]
    public void Each_switch_changed_adds_its_word_to_the_name()
    {
        var options = new CopyAndPatchOptions(BurnIn: false, Memory: CodeMemoryStrategy.DualMapped);
        Assert.Equal("copy-and-patch+noburnin+dualmap", new CopyAndPatchBackend(options, 100, "#000000").Descriptor.Name);
    }

    [Fact]
    public void A_variant_says_which_strategy_it_varies()
    {
        Assert.Equal("copy-and-patch", new CopyAndPatchBackend(new CopyAndPatchOptions(HotCold: true), 100, "#000000").Descriptor.VariantOf);
    }

    [Fact]
    public void No_variant_runs_when_no_backend_is_named()
    {
        Assert.All(Selection.Backends(Registry, null), b => Assert.Null(b.Descriptor.VariantOf));
    }

    [Fact]
    public void The_ablation_group_holds_every_variant_and_the_reference()
    {
        var chosen = Selection.Backends(Registry, [Selection.AblationGroup]).Select(b => b.Name).ToList();
        Assert.Contains(Registry.Reference.Name, chosen);
        Assert.All(Registry.All.Where(b => b.Descriptor.VariantOf is not null && b.Unavailable is null), v => Assert.Contains(v.Name, chosen));
    }

    [Fact]
    public void Every_variant_varies_a_registered_strategy()
    {
        Assert.All(Registry.All.Where(b => b.Descriptor.VariantOf is not null), v =>
            Assert.Contains(Registry.Default, s => s.Name == v.Descriptor.VariantOf));
    }
}
