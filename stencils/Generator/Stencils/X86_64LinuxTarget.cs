namespace StencilBench.Generator.Stencils;

/// <summary>x86-64 Linux (ELF), as CPython's JIT builds it.</summary>
public sealed class X86_64LinuxTarget : Target
{
    private const byte JmpRel32 = 0xE9;

    public override string Triple => "x86_64-unknown-linux-gnu";

    public override string ClassName => "X86_64UnknownLinuxGnuStencils";

    public override IReadOnlyList<string> ClangArguments =>
    [
        // Absolute addresses, not PC-relative ones through a GOT the stencil does not have:
        "-fno-pic",
        // Code may be anywhere in 64 bits: data is reached with full 64-bit immediates
        // (movabs), except objects at most one byte long -- the template declares the holes
        // that always fit 32 bits that way, so they become 32-bit immediates.
        "-mcmodel=medium",
        "-mlarge-data-threshold=1",
        // Calls to the runtime go through a GOT slot the builder adds to the stencil's data,
        // which the patcher relaxes into a direct call when the runtime is within reach.
        "-fno-plt",
    ];

    public override IReadOnlyList<ObjectFile> ReadObjects(string readobjJson) => ElfObjectReader.ReadAll(readobjJson);

    public override IReadOnlyDictionary<string, RelocationRule> Rules { get; } = new Dictionary<string, RelocationRule>
    {
        ["R_X86_64_64"] = new("Absolute64"),
        ["R_X86_64_32"] = new("Absolute32"),
        ["R_X86_64_32S"] = new("Absolute32Signed"),
        ["R_X86_64_PC32"] = new("Relative32"),
        ["R_X86_64_PLT32"] = new("Relative32"),
        ["R_X86_64_GOTPCREL"] = new("X86_64GotRelative32", ViaGot: true),
        ["R_X86_64_GOTPCRELX"] = new("X86_64GotRelative32", ViaGot: true),
        ["R_X86_64_REX_GOTPCRELX"] = new("X86_64GotRelative32", ViaGot: true),
    }.AsReadOnly();

    public override string GotSlotKind => "Absolute64";

    /// <summary>
    /// A guard compiles to <c>jcc continue; jmp target</c>, and the continuation is always the next
    /// stencil: inverting the condition to <c>jncc target</c> and dropping the <c>jmp</c> makes the
    /// hot path fall through, with one taken branch and five bytes less per guard.
    /// </summary>
    public override string? OptimizeEnd(List<byte> code, List<GeneratedHole> holes)
    {
        int n = code.Count;
        if (n < 11 || code[n - 11] != 0x0F || (code[n - 10] & 0xF0) != 0x80 || code[n - 5] != JmpRel32)
        {
            return null;
        }
        int toContinue = holes.FindIndex(h => h.Offset == n - 9 && IsRelative32To(h) && h.Value == "Continue");
        int toTarget = holes.FindIndex(h => h.Offset == n - 4 && IsRelative32To(h) && h.Value != "Continue");
        if (toContinue < 0 || toTarget < 0)
        {
            return null;
        }
        var target = holes[toTarget];
        code[n - 10] ^= 1; // the opposite condition: the low bit of a jcc opcode negates it
        holes[toContinue] = target with { Offset = n - 9 };
        holes.RemoveAt(toTarget);
        code.RemoveRange(n - 5, 5);
        return $"builder: branch inverted at 0x{n - 11:x} (now to {target.Symbol ?? target.Value}), final jmp dropped";
    }

    private static bool IsRelative32To(GeneratedHole h) => h.Kind == "Relative32" && h.Addend == -4;

    public override int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes)
    {
        int n = code.Length;
        bool endsWithJump = n >= 5 && code[n - 5] == JmpRel32 && holes.Any(h =>
            h.Offset == n - 4 && h.Kind == "Relative32" && h.Value == "Continue" && h.Addend == -4);
        return endsWithJump ? 5 : 0;
    }
}
