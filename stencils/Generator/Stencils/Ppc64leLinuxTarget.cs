namespace StencilBench.Generator.Stencils;

/// <summary>
/// 64-bit little-endian POWER Linux (ELFv2, ELF), POWER10. clang has no preserve_none here: the
/// stencils use the ELFv2 C convention (frame, stack pointer and thread state in r3, r4, r5, passed
/// on by every musttail continuation; the attribute is dropped, its two warnings off). musttail to an
/// external symbol needs PC-relative code (<c>-mcpu=power10</c>): TOC-based code must restore r2
/// after a call, so it can tail-call nothing outside its module. Every hole is read from a GOT slot
/// in the stencil's data with an 8-byte prefixed <c>pld</c> (GOT_PCREL34); continuations are direct
/// branches (REL24_NOTOC). A call to the runtime, which may lie anywhere and expects its own
/// address in r12 (an ELFv2 global entry computes the TOC from it), goes through a trampoline in
/// the stencil's cold code that loads the address from the GOT slot into r12 and jumps through
/// the count register. A prefixed instruction must not cross a 64-byte boundary; clang keeps it
/// from doing so counting from the section's start (aligned 64), so every stencil's code is padded
/// with nops to a multiple of 64 bytes and each stencil of a trace starts 64-byte aligned.
/// </summary>
public sealed class Ppc64leLinuxTarget : Target
{
    public const int CodeAlignment = 64;
    private const uint Nop = 0x60000000;        // ori r0, r0, 0
    private const uint BranchLi24 = 0x48000000; // b <li>, li = 0 before patching

    public override string Triple => "powerpc64le-unknown-linux-gnu";

    public override string ClassName => "Powerpc64leUnknownLinuxGnuStencils";

    public override IReadOnlyList<string> ClangArguments =>
    [
        // PC-relative code (no TOC): musttail to externals, and GOT slots read with pld.
        "-mcpu=power10",
        // Default-visibility externs are read through the GOT, at any distance; continuations stay
        // hidden, so they remain direct branches.
        "-fpic",
        "-DSB_JIT_GOT_HOLES",
        // preserve_none is unknown to clang on PowerPC: the C convention instead (see above).
        "-Wno-unknown-attributes",
        "-Wno-ignored-attributes",
    ];

    public override IReadOnlyList<ObjectFile> ReadObjectFiles(IReadOnlyList<string> objectPaths) => ElfObjectReader.ReadAll(objectPaths);

    public override IReadOnlyDictionary<string, RelocationRule> Rules { get; } = new Dictionary<string, RelocationRule>
    {
        ["R_PPC64_ADDR64"] = new("Absolute64"),
        // b/bl: continuations and jumps direct; a call to the runtime through a trampoline.
        ["R_PPC64_REL24_NOTOC"] = new("Ppc64Branch24", ViaTrampoline: true),
        // pld rN, sym@got@pcrel: the GOT slot's address.
        ["R_PPC64_GOT_PCREL34"] = new("Ppc64Pcrel34", ViaGot: true),
        // pld/paddi of the stencil's own data (constants).
        ["R_PPC64_PCREL34"] = new("Ppc64Pcrel34"),
    }.AsReadOnly();

    /// <summary>PCREL_OPT lets a linker turn a GOT load and the access after it into one access: the slot stays.</summary>
    public override IReadOnlySet<string> HintRelocations { get; } = new HashSet<string> { "R_PPC64_PCREL_OPT" };

    /// <summary>
    /// <c>pld r12, slot@pcrel; mtctr r12; bctr</c>: 16 bytes, so in a cold part that starts 16-byte
    /// aligned no pld crosses 64 bytes. The link register still holds the caller's return address.
    /// </summary>
    public override Trampoline CallTrampoline { get; } = new(
        Words(0x04100000, 0xE5800000, 0x7D8903A6, 0x4E800420), SlotHoleOffset: 0, SlotHoleKind: "Ppc64Pcrel34");

    public override string GotSlotKind => "Absolute64";

    /// <summary>
    /// Pads the code with nops to a multiple of 64 bytes, after the body and before a trailing
    /// branch to the next uop (moved to the end), so that the code copied, which drops that branch,
    /// is a multiple of 64 bytes and the next stencil starts aligned.
    /// </summary>
    public override string? OptimizeEnd(List<byte> code, List<GeneratedHole> holes)
    {
        // clang leaves the section's alignment padding as zero words after the last instruction
        // (never an instruction it emits): without them the code ends with its branch to the next uop.
        int zeros = 0;
        while (code.Count - zeros >= 4 && code.GetRange(code.Count - zeros - 4, 4).All(b => b == 0) && holes.All(h => h.Offset < code.Count - zeros - 4))
        {
            zeros += 4;
        }
        code.RemoveRange(code.Count - zeros, zeros);
        int trailing = TrailingJumpLength([.. code], holes);
        int body = code.Count - trailing;
        int padded = (body + CodeAlignment - 1) / CodeAlignment * CodeAlignment;
        if (padded == body)
        {
            return zeros == 0 ? null : $"builder: {zeros / 4} trailing zero words dropped";
        }
        byte[] jump = [.. code.GetRange(body, trailing)];
        code.RemoveRange(body, trailing);
        for (int at = body; at < padded; at += 4)
        {
            code.AddRange(BitConverter.GetBytes(Nop));
        }
        code.AddRange(jump);
        if (trailing > 0)
        {
            int index = holes.FindIndex(h => h.Offset == body);
            holes[index] = holes[index] with { Offset = padded };
        }
        return $"builder: padded with {(padded - body) / 4} nops to a multiple of {CodeAlignment} bytes{(trailing > 0 ? ", before the trailing branch" : "")}";
    }

    public override int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes)
    {
        int n = code.Length;
        bool endsWithJump = n >= 4 && BitConverter.ToUInt32(code, n - 4) == BranchLi24 && holes.Any(h =>
            h.Offset == n - 4 && h.Kind == "Ppc64Branch24" && h.Value == "Continue" && h.Addend == 0);
        return endsWithJump ? 4 : 0;
    }

    private static byte[] Words(params uint[] words) => [.. words.SelectMany(BitConverter.GetBytes)];
}
