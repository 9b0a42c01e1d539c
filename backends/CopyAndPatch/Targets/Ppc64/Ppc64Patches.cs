namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// The ppc64 patch functions (Power ISA 3.1, little-endian: each instruction word is stored low
/// byte first, a prefixed instruction's prefix word before its suffix). Each fills the immediate
/// field clang left zero and checks the value fits: a field written wrong would run as another
/// instruction or land elsewhere.
/// </summary>
public static unsafe class Ppc64Patches
{
    private const uint Li24Mask = 0x03FF_FFFC;     // B/BL: LI, bits 2-25 of the word (the low 2 are AA and LK)
    private const uint PrefixD0Mask = 0x0003_FFFF; // the prefix's d0: the displacement's high 18 bits
    private const uint SuffixD1Mask = 0x0000_FFFF; // the suffix's d1: its low 16 bits

    /// <summary>
    /// B and BL: LI holds (target - instruction), a multiple of 4, signed 26 bits, so ±32 MB. Used by
    /// continuations and jumps between the stencils of one trace, and by calls into the trace's own
    /// trampolines (the runtime itself may be anywhere): all in one allocation. AA stays 0 (relative),
    /// LK as clang wrote it.
    /// </summary>
    public static void PatchBranch24(byte* location, ulong value, nint toRun = 0)
    {
        long delta = (long)value - ((long)location + toRun);
        if ((delta & 3) != 0 || delta < -(1L << 25) || delta >= 1L << 25)
        {
            throw Overflow("Ppc64Branch24", value, location);
        }
        uint* word = (uint*)location;
        *word = (*word & ~Li24Mask) | ((uint)delta & Li24Mask);
    }

    /// <summary>
    /// A prefixed PC-relative instruction (pld, paddi... with R=1): its 34-bit signed displacement from
    /// the prefix word, ±8 GB, is split as d0 (the prefix's low 18 bits, the high part) and d1 (the
    /// suffix's low 16 bits). It reads a GOT slot or constant in the stencil's data, which lies in
    /// the same allocation as the code.
    /// </summary>
    public static void PatchPcrel34(byte* location, ulong value, nint toRun = 0)
    {
        long delta = (long)value - ((long)location + toRun);
        if (delta < -(1L << 33) || delta >= 1L << 33)
        {
            throw Overflow("Ppc64Pcrel34", value, location);
        }
        uint* prefix = (uint*)location;
        uint* suffix = prefix + 1;
        *prefix = (*prefix & ~PrefixD0Mask) | ((uint)(delta >> 16) & PrefixD0Mask);
        *suffix = (*suffix & ~SuffixD1Mask) | ((uint)delta & SuffixD1Mask);
    }

    private static OverflowException Overflow(string kind, ulong value, byte* location) =>
        new($"copy-and-patch: 0x{value:x} does not fit a {kind} hole at 0x{(ulong)location:x}");
}
