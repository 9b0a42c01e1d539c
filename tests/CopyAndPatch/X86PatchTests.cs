using StencilBench.Backends.CopyAndPatch;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>
/// The 32-bit x86 patch functions: a displacement reaches every 32-bit address (it wraps), an
/// absolute value must fit 32 bits, and the harness patches code for a 32-bit process's addresses.
/// </summary>
public unsafe class X86PatchTests
{
    private static uint Patched(Action<nint> patch)
    {
        uint field = 0xDEADBEEF;
        patch((nint)(&field));
        return field;
    }

    [Fact]
    public void A_displacement_past_the_top_of_the_address_space_wraps()
    {
        // The field runs at 0xFFFFFF00; the target at 0x100 lies 0x200 past the wrap.
        uint field = Patched(at => X86Patches.PatchRel32((byte*)at, 0x100, (nint)(0xFFFFFF00 - at)));
        Assert.Equal(0x200u, field);
    }

    [Fact]
    public void A_backward_displacement_is_negative()
    {
        uint field = Patched(at => X86Patches.PatchRel32((byte*)at, 0x1000 - 0x10, 0x1000 - at));
        Assert.Equal(unchecked((uint)-0x10), field);
    }

    [Fact]
    public void An_absolute_value_is_written_whole()
    {
        Assert.Equal(0xFFFFFFFFu, Patched(at => X86Patches.PatchDir32((byte*)at, 0xFFFFFFFF)));
    }

    [Fact]
    public void An_absolute_value_past_32_bits_is_one_line()
    {
        var e = Assert.Throws<OverflowException>(() => Patched(at => X86Patches.PatchDir32((byte*)at, 0x1_0000_0000)));
        Assert.Equal("copy-and-patch: 0x100000000 does not fit a 32-bit x86 Absolute32 hole", e.Message);
    }

    [Fact]
    public void The_i686_triples_are_patched_by_x86()
    {
        Assert.Equal("x86", Architectures.For("i686-pc-windows-msvc").Name);
    }
}
