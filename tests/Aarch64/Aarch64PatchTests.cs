using StencilBench.Backends.CopyAndPatch;

namespace StencilBench.Tests.Aarch64;

/// <summary>
/// Each aarch64 patch function writes the immediate field of the instruction word clang left zero,
/// as the Arm ARM encodes it (expected words worked out by hand from the field layouts and
/// cross-checked with llvm-mc-19 -show-encoding), keeps the opcode and register bits, and refuses
/// a value the field cannot hold.
/// </summary>
public unsafe class Aarch64PatchTests
{
    private const uint AdrpX8 = 0x90000008;  // adrp x8, #0
    private const uint LdrX8X8 = 0xF9400108; // ldr x8, [x8]
    private const uint B = 0x14000000;       // b #0
    private const uint Bl = 0x94000000;      // bl #0

    // A word at a page offset of 0x100 inside a page-aligned buffer, so page arithmetic is exact.
    private static uint Patched(uint word, Func<ulong, ulong> valueFromLocation, Action<nint, ulong> patch)
    {
        byte[] buffer = new byte[3 * 4096];
        fixed (byte* p = buffer)
        {
            byte* location = (byte*)(((ulong)p + 4095) & ~4095UL) + 0x100;
            *(uint*)location = word;
            patch((nint)location, valueFromLocation((ulong)location));
            return *(uint*)location;
        }
    }

    private static void Branch26(nint at, ulong value) => Aarch64Patches.PatchBranch26((byte*)at, value);

    private const uint BNe = 0x54000001;    // b.ne #0

    private static void CondBranch19(nint at, ulong value) => Aarch64Patches.PatchCondBranch19((byte*)at, value);

    [Fact]
    public void CondBranch19_writes_the_forward_word_offset_into_bits_5_to_23() =>
        Assert.Equal(0x54000201u, Patched(BNe, l => l + 64, CondBranch19)); // b.ne #64: imm19 = 16, the condition kept

    [Fact]
    public void CondBranch19_writes_a_backward_offset_as_19_bit_twos_complement() =>
        Assert.Equal(0x54FFFFC1u, Patched(BNe, l => l - 8, CondBranch19)); // b.ne #-8: imm19 = -2

    [Fact]
    public void CondBranch19_refuses_a_target_beyond_1_MB() =>
        Assert.Throws<OverflowException>(() => Patched(BNe, l => l + (1UL << 20), CondBranch19));

    private static void Adrp(nint at, ulong value) => Aarch64Patches.PatchAdrpPage21((byte*)at, value);

    private static void Ldr(nint at, ulong value) => Aarch64Patches.PatchLoad64PageOffset12((byte*)at, value);

    [Fact]
    public void Branch26_writes_the_forward_word_offset_into_imm26()
    {
        Assert.Equal(0x14000010u, Patched(B, l => l + 64, Branch26)); // b #64: imm26 = 16
    }

    [Fact]
    public void Branch26_writes_a_backward_offset_as_26_bit_twos_complement()
    {
        Assert.Equal(0x17FFFFFEu, Patched(B, l => l - 8, Branch26)); // b #-8: imm26 = -2
    }

    [Fact]
    public void Branch26_keeps_the_link_bit_of_bl()
    {
        Assert.Equal(0x94000010u, Patched(Bl, l => l + 64, Branch26)); // bl #64
    }

    [Fact]
    public void Branch26_refuses_a_target_beyond_128_MB()
    {
        Assert.Throws<OverflowException>(() => Patched(B, l => l + (128UL << 20), Branch26));
    }

    [Fact]
    public void Branch26_refuses_a_target_that_is_not_word_aligned()
    {
        Assert.Throws<OverflowException>(() => Patched(B, l => l + 6, Branch26));
    }

    [Fact]
    public void AdrpPage21_splits_the_page_delta_into_immlo_and_immhi()
    {
        // 5 pages ahead: immlo = 5 & 3 = 1 (bit 29), immhi = 5 >> 2 = 1 (bit 5); the page offset is dropped.
        Assert.Equal(0xB0000028u, Patched(AdrpX8, l => (l & ~4095UL) + (5 * 4096) + 0x123, Adrp));
    }

    [Fact]
    public void AdrpPage21_writes_the_previous_page_as_21_bit_twos_complement()
    {
        Assert.Equal(0xF0FFFFE8u, Patched(AdrpX8, l => (l & ~4095UL) - 4096, Adrp)); // adrp x8, #-4096
    }

    [Fact]
    public void AdrpPage21_gives_zero_within_the_same_page()
    {
        Assert.Equal(AdrpX8, Patched(AdrpX8, l => l + 0x800, Adrp));
    }

    [Fact]
    public void AdrpPage21_refuses_a_target_4_GB_away()
    {
        Assert.Throws<OverflowException>(() => Patched(AdrpX8, l => l + (4UL << 30), Adrp));
    }

    [Fact]
    public void Load64PageOffset12_writes_the_page_offset_scaled_by_8()
    {
        Assert.Equal(0xF9400D08u, Patched(LdrX8X8, _ => 0x7000_0018, Ldr)); // ldr x8, [x8, #0x18]: imm12 = 3
    }

    [Fact]
    public void Load64PageOffset12_reaches_the_last_slot_of_a_page()
    {
        Assert.Equal(0xF947FD08u, Patched(LdrX8X8, _ => 0x7000_0FF8, Ldr)); // ldr x8, [x8, #4088]: imm12 = 511
    }

    [Fact]
    public void Load64PageOffset12_refuses_a_slot_that_is_not_8_byte_aligned()
    {
        Assert.Throws<OverflowException>(() => Patched(LdrX8X8, _ => 0x7000_001C, Ldr));
    }

    [Fact]
    public void A_slot_hole_is_the_full_64_bit_value()
    {
        ulong slot = 0;
        new Aarch64Architecture().Patch(HoleKind.Absolute64, (byte*)&slot, 0x1122_3344_5566_7788);
        Assert.Equal(0x1122_3344_5566_7788UL, slot);
    }
}
