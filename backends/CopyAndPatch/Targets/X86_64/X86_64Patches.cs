namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// The patch functions: one per way a relocation writes a value (CPython's Python/jit.c). Each
/// checks the value fits: a hole written wrong would run as some other instruction.
/// </summary>
public static unsafe class Patches
{
    /// <summary>
    /// Pointers and movabs immediates: the operand (constants, objects) or a runtime address that
    /// may lie anywhere in 64 bits, and the GOT slots calls read the runtime's functions from.
    /// </summary>
    public static void Patch64(byte* location, ulong value) => *(ulong*)location = value;

    /// <summary>
    /// A 32-bit immediate the CPU zero-extends (movl $imm): oparg and target are burned in this
    /// way, half the size of a movabs. The value must fit 32 unsigned bits.
    /// </summary>
    public static void Patch32(byte* location, ulong value) =>
        *(uint*)location = value <= uint.MaxValue ? (uint)value : throw Overflow("Absolute32", value);

    /// <summary>A 32-bit immediate the CPU sign-extends (addressing modes, imm32 of 64-bit ops).</summary>
    public static void Patch32Signed(byte* location, ulong value) =>
        *(int*)location = (long)value is >= int.MinValue and <= int.MaxValue ? (int)(long)value : throw Overflow("Absolute32Signed", value);

    /// <summary>
    /// A displacement from the hole: jumps and calls between stencils of one trace (continue,
    /// jump and error targets) and to GOT slots in its data, all within one allocation.
    /// </summary>
    public static void Patch32Relative(byte* location, ulong value)
    {
        long delta = (long)value - (long)location;
        *(int*)location = delta is >= int.MinValue and <= int.MaxValue ? (int)delta : throw Overflow("Relative32", value);
    }

    /// <summary>
    /// x86-64 call/jmp/mov through a GOT slot (-fno-plt): when the runtime's address is within a
    /// 32-bit displacement, rewrite it to a direct call, jump or lea, saving a memory load per call
    /// (the linker's GOTPCRELX relaxation); otherwise point it at the slot. The slot (data) must be
    /// patched first: the target is read from it. <paramref name="value"/> is the slot's address - 4.
    /// </summary>
    public static void PatchX86_64GotRelative32(byte* location, ulong value)
    {
        ulong target = *(ulong*)(value + 4);
        long direct = (long)target - (long)(location + 4);
        if (direct is >= int.MinValue and <= int.MaxValue)
        {
            if (location[-2] == 0xFF && location[-1] == 0x15)
            {
                location[-2] = 0x67; // addr32 prefix: keeps the length
                location[-1] = 0xE8; // call rel32
                *(int*)location = (int)direct;
                return;
            }
            if (location[-2] == 0xFF && location[-1] == 0x25)
            {
                location[-2] = 0x90; // nop
                location[-1] = 0xE9; // jmp rel32
                *(int*)location = (int)direct;
                return;
            }
            if (location[-2] == 0x8B && (location[-1] & 0xC7) == 0x05 && (location[-3] & 0xF8) == 0x48)
            {
                location[-2] = 0x8D; // mov reg, [rip+slot] -> lea reg, [rip+target]
                *(int*)location = (int)direct;
                return;
            }
        }
        Patch32Relative(location, value);
    }

    private static OverflowException Overflow(string kind, ulong value) =>
        new($"copy-and-patch: 0x{value:x} does not fit a {kind} hole");
}
