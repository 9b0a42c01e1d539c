namespace StencilBench.Generator.Stencils;

/// <summary>
/// x86-64 Windows (COFF), as CPython's JIT builds it for x86_64-pc-windows-msvc. The Microsoft x64
/// convention for calls into the runtime; preserve_none between stencils, with the same registers
/// as on Linux. COFF has no GOT and one relocation for code, REL32: a hidden symbol would be
/// reached RIP-relative and need its value near the code. So every hole and every runtime symbol is
/// declared dllimport (<c>-DSB_JIT_GOT_HOLES</c> with <c>_WIN32</c>: the template and
/// sb_object.h), and the code reads it through its <c>__imp_</c> pointer, which becomes a GOT slot
/// in the stencil's data. Continuations stay plain symbols: direct REL32 jumps. On an x86-64 SysV
/// host the code runs in-process through the runtime's ms_abi bridge (stencils/runtime/sb_msabi.c).
/// clang references <c>_fltused</c> (floating point is used) without a relocation: nothing to patch.
/// </summary>
public sealed class X86_64WindowsTarget : Target
{
    private const string ImportPrefix = "__imp_";

    public override string Triple => "x86_64-pc-windows-msvc";

    public override string ClassName => "X86_64PcWindowsMsvcStencils";

    public override IReadOnlyList<string> ClangArguments => ["-DSB_JIT_GOT_HOLES"];

    public override IReadOnlyList<ObjectFile> ReadObjectFiles(IReadOnlyList<string> objectPaths) =>
        CoffObjectReader.ReadAll(objectPaths);

    public override IReadOnlyDictionary<string, RelocationRule> Rules { get; } = new Dictionary<string, RelocationRule>
    {
        // Jumps to the next, jump or error target; RIP-relative reads of an import's pointer (below).
        ["IMAGE_REL_AMD64_REL32"] = new("Relative32"),
    }.AsReadOnly();

    /// <summary>
    /// A REL32 against <c>__imp_X</c> reads X's address from the import's pointer (call, mov, or a
    /// narrower load of a hole's value): a GOT slot holding X, relaxed like ELF's GOTPCRELX.
    /// </summary>
    public override (RelocationRule Rule, string Symbol)? ImportRule(ObjectRelocation relocation) =>
        relocation.Type == "IMAGE_REL_AMD64_REL32" && relocation.SymbolSection is null && relocation.Symbol.StartsWith(ImportPrefix, StringComparison.Ordinal)
            ? (new RelocationRule("X86_64GotRelative32", ViaGot: true), relocation.Symbol[ImportPrefix.Length..])
            : null;

    public override string GotSlotKind => "Absolute64";

    public override string? OptimizeEnd(List<byte> code, List<GeneratedHole> holes) => X86_64CodeEnds.InvertFinalBranch(code, holes);

    public override int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes) => X86_64CodeEnds.TrailingJumpLength(code, holes);
}
