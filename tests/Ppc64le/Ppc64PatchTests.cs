using StencilBench.Backends.CopyAndPatch;

namespace StencilBench.Tests.Ppc64le;

/// <summary>
/// Each ppc64 patch function writes the immediate field clang left zero, as Power ISA 3.1 encodes
/// it (expected words worked out by hand from the field layouts; EmulatedLoaderTests runs code
/// they patched), keeps the opcode and register bits, and refuses a value the field cannot hold.
/// </summary>
public unsafe class Ppc64PatchTests
{
    private const uint B = 0x48000000;         // b .+0
    private const uint Bl = 0x48000001;        // bl .+0
    private const uint PldPrefix = 0x04100000; // pld r12, 0(0), 1: the prefix (R=1: PC-relative)
    private const uint PldR12 = 0xE5800000;    // its suffix: pld's opcode 57, RT = 12

    // Two words at an offset of 0x100 into a buffer, the location the value is computed from.
    private static (uint First, uint Second) Patched(uint first, uint second, Func<ulong, ulong> valueFromLocation, Action<nint, ulong> patch)
    {
        byte[] buffer = new byte[0x200];
        fixed (byte* p = buffer)
        {
            byte* location = p + 0x100;
            ((uint*)location)[0] = first;
            ((uint*)location)[1] = second;
            patch((nint)location, valueFromLocation((ulong)location));
            return (((uint*)location)[0], ((uint*)location)[1]);
        }
    }

    private static void Branch24(nint at, ulong value) => Ppc64Patches.PatchBranch24((byte*)at, value);

    private static void Pcrel34(nint at, ulong value) => Ppc64Patches.PatchPcrel34((byte*)at, value);

    [Fact]
    public void Branch24_writes_the_forward_byte_offset_into_li()
    {
        Assert.Equal(0x48000040u, Patched(B, 0, l => l + 64, Branch24).First); // b .+64
    }

    [Fact]
    public void Branch24_writes_a_backward_offset_as_26_bit_twos_complement()
    {
        Assert.Equal(0x4BFFFFF8u, Patched(B, 0, l => l - 8, Branch24).First); // b .-8
    }

    [Fact]
    public void Branch24_keeps_the_link_bit_of_bl()
    {
        Assert.Equal(0x48000041u, Patched(Bl, 0, l => l + 64, Branch24).First); // bl .+64
    }

    [Fact]
    public void Branch24_refuses_a_target_beyond_32_MB()
    {
        Assert.Throws<OverflowException>(() => Patched(B, 0, l => l + (32UL << 20), Branch24));
    }

    [Fact]
    public void Branch24_refuses_a_target_that_is_not_a_whole_word_away()
    {
        Assert.Throws<OverflowException>(() => Patched(B, 0, l => l + 6, Branch24));
    }

    [Fact]
    public void Pcrel34_splits_the_displacement_from_the_prefix_word_into_d0_and_d1()
    {
        // pld r12, 0x12345(0), 1: d0 = 0x1 in the prefix, d1 = 0x2345 in the suffix.
        Assert.Equal((0x04100001u, 0xE5802345u), Patched(PldPrefix, PldR12, l => l + 0x12345, Pcrel34));
    }

    [Fact]
    public void Pcrel34_writes_a_backward_displacement_as_34_bit_twos_complement()
    {
        // pld r12, -8(0), 1
        Assert.Equal((0x0413FFFFu, 0xE580FFF8u), Patched(PldPrefix, PldR12, l => l - 8, Pcrel34));
    }

    [Fact]
    public void Pcrel34_refuses_a_target_beyond_8_GB()
    {
        Assert.Throws<OverflowException>(() => Patched(PldPrefix, PldR12, l => l + (8UL << 30), Pcrel34));
    }

    [Fact]
    public void The_architecture_for_powerpc64le_triples_is_powerpc64le()
    {
        Assert.Equal("powerpc64le", Architectures.For("powerpc64le-unknown-linux-gnu").Name);
    }
}
