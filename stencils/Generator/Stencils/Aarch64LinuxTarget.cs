namespace StencilBench.Generator.Stencils;

/// <summary>
/// aarch64 Linux (ELF). No code model reaches an arbitrary 64-bit symbol with one instruction, and
/// hidden symbols become PC-relative ADRP pairs (R_AARCH64_ADR_PREL_PG_HI21), which would need
/// oparg 5 to lie near the code: every hole value is read from a GOT slot in the stencil's data
/// instead (<c>-DSB_JIT_GOT_HOLES</c> in the template), and calls to the runtime go through such a
/// slot too (<c>blr</c>), so the runtime may be anywhere in the address space.
/// </summary>
public sealed class Aarch64LinuxTarget : Target
{
    public override string Triple => "aarch64-unknown-linux-gnu";

    public override string ClassName => "Aarch64UnknownLinuxGnuStencils";

    public override IReadOnlyList<string> ClangArguments =>
    [
        // Default-visibility externs are reached through the GOT (ADRP + LDR of a slot), which
        // works at any distance; continuations stay hidden, so they remain direct branches.
        "-fpic",
        "-DSB_JIT_GOT_HOLES",
        // Calls to the runtime load the address from the GOT slot and blr: no PLT, no veneer.
        "-fno-plt",
        // No calls to libgcc's __aarch64_* atomic helpers, which no hole could reach.
        "-mno-outline-atomics",
    ];

    public override IReadOnlyList<ObjectFile> ReadObjectFiles(IReadOnlyList<string> objectPaths) => ElfObjectReader.ReadAll(objectPaths);

    public override IReadOnlyDictionary<string, RelocationRule> Rules { get; } = new Dictionary<string, RelocationRule>
    {
        ["R_AARCH64_ABS64"] = new("Absolute64"),
        ["R_AARCH64_JUMP26"] = new("Aarch64Branch26"),
        ["R_AARCH64_CALL26"] = new("Aarch64Branch26"),
        ["R_AARCH64_ADR_GOT_PAGE"] = new("Aarch64AdrpPage21", ViaGot: true),
        ["R_AARCH64_LD64_GOT_LO12_NC"] = new("Aarch64Load64PageOffset12", ViaGot: true),
    }.AsReadOnly();

    public override string GotSlotKind => "Absolute64";

    public override string? OptimizeEnd(List<byte> code, List<GeneratedHole> holes) => Aarch64CodeEnds.FoldFinalBranches(code, holes);

    public override int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes) => Aarch64CodeEnds.TrailingJumpLength(code, holes);
}
