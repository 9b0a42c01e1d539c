namespace StencilBench.Generator.Stencils;

/// <summary>
/// arm64 macOS (Mach-O), CPython's aarch64-apple-darwin. The instruction set and the calling
/// convention of the stencils' calls (AAPCS64; no stencil calls a variadic function, where Darwin
/// differs) are aarch64 Linux's, so its code runs in an aarch64 Linux process against that
/// runtime (under qemu-aarch64 here). As on aarch64 Linux every hole is read from a GOT slot in the
/// stencil's data (<c>-DSB_JIT_GOT_HOLES</c>: GOT_LOAD_PAGE21/PAGEOFF12 pairs), and continuations
/// stay hidden, direct BRANCH26 jumps.
/// </summary>
public sealed class Aarch64DarwinTarget : Target
{
    public override string Triple => "aarch64-apple-darwin";

    public override string ClassName => "Aarch64AppleDarwinStencils";

    public override string SymbolPrefix => "_";

    public override IReadOnlyList<string> ClangArguments =>
    [
        "-fpic",
        "-DSB_JIT_GOT_HOLES",
        // A call to the runtime would be a BL (BRANCH26, ±128 MB), which cannot reach a runtime
        // loaded anywhere: CPython gives each a trampoline (ldr x16, #8; br x16; .quad addr).
        // -fno-plt marks the callees nonlazybind, and this switch makes the Mach-O backend honour
        // it as ELF does: adrp/ldr of a GOT slot and blr, the pattern whose holes are already
        // patched. No trampolines, and the runtime may lie anywhere.
        "-fno-plt",
        "-mllvm", "-aarch64-macho-enable-nonlazybind",
        // Darwin's ABI grants leaf code 128 bytes below sp; Linux's does not, and a signal delivered
        // while the code runs (the .NET runtime suspends threads with one) writes its frame there.
        // LLVM uses no red zone on aarch64 unless asked; said here so that the stencils never rely
        // on one whatever the default becomes (Aarch64DarwinStencilTests checks the code).
        "-mllvm", "-aarch64-redzone=false",
    ];

    public override IReadOnlyList<ObjectFile> ReadObjectFiles(IReadOnlyList<string> objectPaths) =>
        MachOObjectReader.ReadAll(objectPaths);

    public override IReadOnlyDictionary<string, RelocationRule> Rules { get; } = new Dictionary<string, RelocationRule>
    {
        // Pointers in data.
        ["ARM64_RELOC_UNSIGNED"] = new("Absolute64"),
        // B to the next, jump or error target: ELF's JUMP26.
        ["ARM64_RELOC_BRANCH26"] = new("Aarch64Branch26"),
        // adrp xN, _sym@GOTPAGE; ldr xN, [xN, _sym@GOTPAGEOFF]: ELF's ADR_GOT_PAGE and LD64_GOT_LO12_NC.
        ["ARM64_RELOC_GOT_LOAD_PAGE21"] = new("Aarch64AdrpPage21", ViaGot: true),
        ["ARM64_RELOC_GOT_LOAD_PAGEOFF12"] = new("Aarch64Load64PageOffset12", ViaGot: true),
    }.AsReadOnly();

    public override string GotSlotKind => "Absolute64";

    public override string? OptimizeEnd(List<byte> code, List<GeneratedHole> holes) => Aarch64CodeEnds.FoldFinalBranches(code, holes);

    public override int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes) => Aarch64CodeEnds.TrailingJumpLength(code, holes);
}
