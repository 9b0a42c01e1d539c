using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.CopyAndPatch.Generated;
using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>Every hole kind has a patch function and a width in the architectures' tables, and every kind a target emits is patched by its architecture.</summary>
public unsafe class HoleFormatTests
{
    public static TheoryData<string> Kinds => [.. Enum.GetNames<HoleKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_hole_kind_has_a_patch_function_and_a_width(string name)
    {
        var kind = Enum.Parse<HoleKind>(name);
        var architectures = Architectures.All.Where(a => a.Holes.Has(kind)).ToList();
        Assert.True(architectures.Count > 0, $"no architecture has a format for {kind}");
        Assert.All(architectures, a =>
        {
            Assert.Equal(kind, a.Holes[kind].Kind);
            Assert.Contains(a.Holes[kind].Width, new[] { 1, 2, 4, 8 });
            Assert.Null(Record.Exception(() => PatchIntoScratch(a, kind)));
        });
    }

    // Patches a hole of that kind into a scratch buffer with a value every kind accepts: the
    // address of an 8-byte aligned slot just after the hole (in reach, and readable as a GOT slot;
    // x86-64's GOT holes are given it less 4, as its builder writes them).
    private static void PatchIntoScratch(IArchitecture architecture, HoleKind kind)
    {
        ulong* words = stackalloc ulong[4];
        byte* buffer = (byte*)words;
        byte* slot = buffer + 16;
        *(ulong*)slot = (ulong)(buffer + 24);
        ulong value = kind switch
        {
            HoleKind.Absolute32 or HoleKind.Absolute32Signed => 7,
            HoleKind.X86_64GotRelative32 => (ulong)slot - 4,
            _ => (ulong)slot,
        };
        architecture.Patch(kind, buffer + 4, value);
    }

    [Theory]
    [InlineData("x86_64-unknown-linux-gnu")]
    [InlineData("aarch64-unknown-linux-gnu")]
    [InlineData("x86_64-apple-darwin")]
    [InlineData("x86_64-pc-windows-msvc")]
    [InlineData("i686-pc-windows-msvc")]
    [InlineData("aarch64-apple-darwin")]
    [InlineData("powerpc64le-unknown-linux-gnu")]
    public void Every_kind_a_target_emits_is_patched_by_its_architecture(string triple)
    {
        var target = Targets.Get(triple);
        var holes = Architectures.For(triple).Holes;
        foreach (string kind in target.Rules.Values.Select(r => r.Kind).Append(target.GotSlotKind).Distinct())
        {
            Assert.True(Enum.TryParse<HoleKind>(kind, out var k) && holes.Has(k), $"{triple}: {kind} has no patch function on {holes.Architecture}");
        }
    }

    public static TheoryData<string> Keys => [.. StencilRegistry.All.Select(f => f.Key)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_hole_of_the_built_stencils_has_a_format_as_wide_as_the_bytes_around_it(string key)
    {
        var set = StencilRegistry.All.Single(f => f.Key == key).Create();
        foreach (var group in set.Uops.Append(set.Shim).Append(set.Trap))
        {
            Stencil[] parts = group.Cold is { } cold ? [group.Code, group.Data, cold] : [group.Code, group.Data];
            foreach (var (stencil, hole) in parts.SelectMany(p => p.Holes.Select(h => (p, h))))
            {
                Assert.True(set.Architecture.Holes.Has(hole.Kind), $"{group.Name}: no patch function for {hole.Kind}");
                Assert.InRange(hole.Offset + set.Architecture.Holes[hole.Kind].Width, 1, stencil.Body.Length);
            }
        }
    }
}
