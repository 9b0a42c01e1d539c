namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// The 32-bit x86 patch functions (COFF's IMAGE_REL_I386_DIR32 and REL32). Code for a 32-bit
/// process may be patched in a 64-bit one (the harness patches what a 32-bit loader runs): every
/// value is an address in the 32-bit process.
/// </summary>
public static unsafe class X86Patches
{
    /// <summary>An absolute 32-bit address or value (a GOT slot's address, the slot itself, an immediate): it must fit 32 bits.</summary>
    public static void PatchDir32(byte* location, ulong value) =>
        *(uint*)location = value <= uint.MaxValue ? (uint)value : throw new OverflowException($"copy-and-patch: 0x{value:x} does not fit a 32-bit x86 Absolute32 hole");

    /// <summary>
    /// A displacement from the end of the field (the addend holds the -4): on a 32-bit machine it
    /// reaches every address, so it is taken modulo 2^32 and never overflows.
    /// </summary>
    /// <param name="toRun">The run address less the write address.</param>
    public static void PatchRel32(byte* location, ulong value, nint toRun = 0) =>
        *(uint*)location = unchecked((uint)(value - (ulong)((long)location + toRun)));
}
