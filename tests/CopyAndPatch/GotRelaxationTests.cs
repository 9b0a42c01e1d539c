using StencilBench.Backends.CopyAndPatch;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>x86-64 loads through a GOT slot become direct when the target is in rel32 reach, by the relaxation table.</summary>
public unsafe class GotRelaxationTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0x15 }, new byte[] { 0x67, 0xE8 })] // call *slot -> addr32 call
    [InlineData(new byte[] { 0xFF, 0x25 }, new byte[] { 0x90, 0xE9 })] // jmp *slot -> nop; jmp
    [InlineData(new byte[] { 0x48, 0x8B, 0x05 }, new byte[] { 0x48, 0x8D, 0x05 })] // mov slot, %rax -> lea
    public void A_near_target_is_reached_directly(byte[] before, byte[] after)
    {
        byte[] code = new byte[64];
        before.CopyTo(code, 8 - before.Length);
        fixed (byte* p = code)
        {
            byte* hole = p + 8;
            byte* slot = p + 32;
            byte* target = p + 48;
            *(ulong*)slot = (ulong)target;
            var x86 = new X86_64Architecture();
            var format = x86.Holes[HoleKind.X86_64GotRelative32];
            x86.Patch(HoleKind.X86_64GotRelative32, hole, (ulong)slot - 4);
            Assert.Equal(after, code[(8 - before.Length)..8]);
            Assert.Equal((int)(target - (hole + 4)), *(int*)hole);
            Assert.Contains(format.Relaxations, r => r.WasApplied(hole));
        }
    }

    [Fact]
    public void A_far_target_is_read_from_its_slot()
    {
        byte[] code = new byte[64];
        code[6] = 0xFF;
        code[7] = 0x15;
        fixed (byte* p = code)
        {
            byte* hole = p + 8;
            byte* slot = p + 32;
            *(ulong*)slot = (ulong)hole + (1UL << 40);
            new X86_64Architecture().Patch(HoleKind.X86_64GotRelative32, hole, (ulong)slot - 4);
            Assert.Equal(new byte[] { 0xFF, 0x15 }, code[6..8]);
            Assert.Equal((int)(slot - 4 - hole), *(int*)hole);
        }
    }
}
