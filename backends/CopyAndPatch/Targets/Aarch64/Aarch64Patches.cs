namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// The aarch64 patch functions: each fills the immediate field of one instruction word clang left
/// zero, as the Arm ARM encodes it (CPython's patch_aarch64_* in Python/jit.c). Each checks the value
/// fits and is aligned as the field needs: a field written wrong would run as another instruction.
/// </summary>
public static unsafe class Aarch64Patches
{
    private const uint Imm26Mask = 0x03FF_FFFF;
    private const uint Imm19Mask = 0x7FFFFu << 5;
    private const uint Imm12Mask = 0xFFF << 10;
    private const uint AdrpImmMask = (0x3u << 29) | (0x7FFFFu << 5);

    /// <summary>
    /// B and BL: bits 0-25 hold (target - instruction) / 4, signed, so ±128 MB. Only continuations
    /// and jumps between stencils of one trace use it: they lie in one allocation.
    /// </summary>
    public static void PatchBranch26(byte* location, ulong value, nint toRun = 0)
    {
        long delta = (long)value - ((long)location + toRun);
        if ((delta & 3) != 0 || delta < -(1L << 27) || delta >= 1L << 27)
        {
            throw Overflow("Aarch64Branch26", value, location);
        }
        uint* word = (uint*)location;
        *word = (*word & ~Imm26Mask) | ((uint)(delta >> 2) & Imm26Mask);
    }

    /// <summary>
    /// B.cond, CBZ and CBNZ: bits 5-23 hold (target - instruction) / 4, signed, so ±1 MB. The build
    /// gives a guard one (its final branches folded into it, the jump to the next uop dropped) only to
    /// reach an exit target of its own trace, which lies in the same allocation.
    /// </summary>
    public static void PatchCondBranch19(byte* location, ulong value, nint toRun = 0)
    {
        long delta = (long)value - ((long)location + toRun);
        if ((delta & 3) != 0 || delta < -(1L << 20) || delta >= 1L << 20)
        {
            throw Overflow("Aarch64CondBranch19", value, location);
        }
        uint* word = (uint*)location;
        *word = (*word & ~Imm19Mask) | (((uint)(delta >> 2) & 0x7FFFF) << 5);
    }

    /// <summary>
    /// ADRP: the 4 KB page of the target less the instruction's page, in pages, signed 21 bits
    /// split as immlo (bits 29-30, the low 2) and immhi (bits 5-23, the high 19); ±4 GB. It finds a
    /// GOT slot in the stencil's data, which is in the same allocation as the code.
    /// A dual mapping's views differ by whole pages, so the run address's page is the one that counts.
    /// </summary>
    public static void PatchAdrpPage21(byte* location, ulong value, nint toRun = 0)
    {
        long pages = (long)(value >> 12) - (long)((ulong)((long)location + toRun) >> 12);
        if (pages < -(1L << 20) || pages >= 1L << 20)
        {
            throw Overflow("Aarch64AdrpPage21", value, location);
        }
        uint imm = (uint)pages & 0x1F_FFFF;
        uint* word = (uint*)location;
        *word = (*word & ~AdrpImmMask) | ((imm & 0x3) << 29) | ((imm >> 2) << 5);
    }

    /// <summary>
    /// LDR Xt, [Xn, #imm] after an ADRP: bits 10-21 hold the target's offset within its page
    /// divided by 8 (the access size), so the target must be 8-byte aligned, as a GOT slot is.
    /// </summary>
    public static void PatchLoad64PageOffset12(byte* location, ulong value)
    {
        if ((value & 7) != 0)
        {
            throw Overflow("Aarch64Load64PageOffset12", value, location);
        }
        uint* word = (uint*)location;
        *word = (*word & ~Imm12Mask) | ((uint)((value & 0xFFF) >> 3) << 10);
    }

    private static OverflowException Overflow(string kind, ulong value, byte* location) =>
        new($"copy-and-patch: 0x{value:x} does not fit a {kind} hole at 0x{(ulong)location:x}");
}
