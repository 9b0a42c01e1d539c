namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// The x86-64 patch functions: one per way a relocation writes a value (CPython's Python/jit.c).
/// Each checks the value fits: a hole written wrong would run as some other instruction.
/// </summary>
public static unsafe class X86_64Patches
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
    /// <param name="toRun">The run address less the write address (a dual mapping's alias).</param>
    public static void Patch32Relative(byte* location, ulong value, nint toRun = 0)
    {
        long delta = (long)value - ((long)location + toRun);
        *(int*)location = delta is >= int.MinValue and <= int.MaxValue ? (int)delta : throw Overflow("Relative32", value);
    }

    /// <summary>
    /// A call/jmp/mov through a GOT slot (-fno-plt): when the runtime's address is within a 32-bit
    /// displacement, one of <see cref="X86_64Relaxations.GotLoads"/> rewrites it to a direct call,
    /// jump or lea, saving a memory load per call (the linker's GOTPCRELX relaxation); otherwise it
    /// points at the slot. The slot (data) must be patched first: the target is read from it.
    /// <paramref name="value"/> is the slot's address - 4.
    /// </summary>
    public static void Patch32GotRelaxed(byte* location, ulong value, nint toRun = 0)
    {
        // The slot is read where it was written; the displacement counts from where the code runs.
        ulong target = *(ulong*)((long)value + 4 - toRun);
        long direct = (long)target - ((long)location + toRun + 4);
        if (direct is >= int.MinValue and <= int.MaxValue)
        {
            foreach (var relaxation in X86_64Relaxations.GotLoads)
            {
                if (relaxation.Matches(location))
                {
                    relaxation.Apply(location);
                    *(int*)location = (int)direct;
                    return;
                }
            }
        }
        Patch32Relative(location, value, toRun);
    }

    private static OverflowException Overflow(string kind, ulong value) =>
        new($"copy-and-patch: 0x{value:x} does not fit a {kind} hole");
}
