namespace StencilBench.Generator.Stencils;

/// <summary>
/// x86-64 macOS (Mach-O). Same instruction set and SysV calling convention as x86-64 Linux, so
/// its code runs in-process on an x86-64 Linux host against the host's runtime. Mach-O has no
/// absolute 64-bit immediates in code (it is always PIC, small code model), and a hidden
/// symbol becomes a RIP-relative reference that would need the value to lie near the code: every
/// hole is read from a GOT slot in the stencil's data (<c>-DSB_JIT_GOT_HOLES</c>), as on aarch64,
/// and so is every call to the runtime (<c>-fno-plt</c>: <c>call *slot(%rip)</c>, relaxed by the
/// patcher to a direct call when the runtime is within reach). Continuations stay hidden: direct
/// BRANCH jumps.
/// </summary>
public sealed class X86_64DarwinTarget : Target
{
    public override string Triple => "x86_64-apple-darwin";

    public override string ClassName => "X86_64AppleDarwinStencils";

    public override string SymbolPrefix => "_";

    public override IReadOnlyList<string> ClangArguments =>
    [
        "-fpic",
        "-DSB_JIT_GOT_HOLES",
        "-fno-plt",
        // Darwin keeps a frame pointer by default: its push/pop around every stencil would sit
        // between a guard's jcc and the final jmp and hide the branch-inversion pattern (and cost
        // two instructions per uop). The stencils never unwind, so they omit it, as on Linux.
        "-fomit-frame-pointer",
    ];

    public override IReadOnlyList<ObjectFile> ReadObjectFiles(IReadOnlyList<string> objectPaths) =>
        MachOObjectReader.ReadAll(objectPaths);

    public override IReadOnlyDictionary<string, RelocationRule> Rules { get; } = new Dictionary<string, RelocationRule>
    {
        // Pointers in data (a string table's entries, the GOT slots themselves).
        ["X86_64_RELOC_UNSIGNED"] = new("Absolute64"),
        // RIP-relative data (string literals, constants) and jumps to the next, jump or error target.
        ["X86_64_RELOC_SIGNED"] = new("Relative32"),
        ["X86_64_RELOC_BRANCH"] = new("Relative32"),
        // call *slot(%rip), mov slot(%rip), %reg (GOT_LOAD) and cmp slot(%rip), %reg (GOT).
        ["X86_64_RELOC_GOT_LOAD"] = new("X86_64GotRelative32", ViaGot: true),
        ["X86_64_RELOC_GOT"] = new("X86_64GotRelative32", ViaGot: true),
    }.AsReadOnly();

    public override string GotSlotKind => "Absolute64";

    public override string? OptimizeEnd(List<byte> code, List<GeneratedHole> holes) => X86_64CodeEnds.InvertFinalBranch(code, holes);

    public override int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes) => X86_64CodeEnds.TrailingJumpLength(code, holes);
}
