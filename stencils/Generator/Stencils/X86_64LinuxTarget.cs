namespace StencilBench.Generator.Stencils;

/// <summary>x86-64 Linux (ELF), as CPython's JIT builds it.</summary>
public sealed class X86_64LinuxTarget : Target
{
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

    public override IReadOnlyList<ObjectFile> ReadObjectFiles(IReadOnlyList<string> objectPaths) => ElfObjectReader.ReadAll(objectPaths);

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

    public override string? OptimizeEnd(List<byte> code, List<GeneratedHole> holes) => X86_64CodeEnds.InvertFinalBranch(code, holes);

    public override int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes) => X86_64CodeEnds.TrailingJumpLength(code, holes);
}
