namespace StencilBench.Generator.Stencils;

/// <summary>
/// 32-bit x86 Windows (COFF), as CPython's JIT builds it for i686-pc-windows-msvc. clang has no
/// preserve_none on i386: the stencils are cdecl (frame, stack pointer and thread state on the
/// machine stack, musttail rewriting them in place), and the attribute is ignored without a warning.
/// Every hole and runtime symbol is dllimport, as on x86-64 Windows, so the code reads it through
/// its <c>__imp__</c> pointer with an absolute DIR32 address: a GOT slot in the stencil's data,
/// addressed absolutely. REL32 jumps and calls reach all of 32 bits (the displacement wraps).
/// Symbols carry C's "_" prefix. A 32-bit pointer holds the operand: operand0 is 32 bits here.
/// </summary>
public sealed class I686WindowsTarget : Target
{
    private const string ImportPrefix = "__imp_";

    public override string Triple => "i686-pc-windows-msvc";

    public override string ClassName => "I686PcWindowsMsvcStencils";

    public override string SymbolPrefix => "_";

    public override int PointerSize => 4;

    public override IReadOnlyList<string> ClangArguments => ["-DSB_JIT_GOT_HOLES", "-Wno-ignored-attributes"];

    public override IReadOnlyList<ObjectFile> ReadObjectFiles(IReadOnlyList<string> objectPaths) =>
        CoffObjectReader.ReadAll(objectPaths);

    public override IReadOnlyDictionary<string, RelocationRule> Rules { get; } = new Dictionary<string, RelocationRule>
    {
        // jmp/call/jcc to the next, jump or error target.
        ["IMAGE_REL_I386_REL32"] = new("Relative32"),
        // Absolute addresses: an import's pointer (below), data the code addresses.
        ["IMAGE_REL_I386_DIR32"] = new("Absolute32"),
    }.AsReadOnly();

    /// <summary>A DIR32 against <c>__imp__X</c> is the address of a 4-byte GOT slot holding X.</summary>
    public override (RelocationRule Rule, string Symbol)? ImportRule(ObjectRelocation relocation) =>
        relocation.Type == "IMAGE_REL_I386_DIR32" && relocation.SymbolSection is null && relocation.Symbol.StartsWith(ImportPrefix, StringComparison.Ordinal)
            ? (new RelocationRule("Absolute32", ViaGot: true), relocation.Symbol[ImportPrefix.Length..])
            : null;

    public override string GotSlotKind => "Absolute32";

    // jcc rel32 and jmp rel32 encode as on x86-64.
    public override string? OptimizeEnd(List<byte> code, List<GeneratedHole> holes) => X86_64CodeEnds.InvertFinalBranch(code, holes);

    public override int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes) => X86_64CodeEnds.TrailingJumpLength(code, holes);
}
