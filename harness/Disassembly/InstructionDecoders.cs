namespace StencilBench.Harness.Disassembly;

/// <summary>The decoder for an architecture's code: Iced for x86 in process, llvm-objdump-19 for the rest.</summary>
public static class InstructionDecoders
{
    // llvm-objcopy's ELF output format per architecture name (MachineCode.Architecture).
    private static readonly IReadOnlyDictionary<string, string> ElfFormats = new Dictionary<string, string>
    {
        ["aarch64"] = "elf64-littleaarch64",
        ["powerpc64le"] = "elf64-powerpcle",
    }.AsReadOnly();

    /// <summary>A decoder for <paramref name="architecture"/>, or null with a one-line reason.</summary>
    public static IInstructionDecoder? For(string architecture, out string? unavailable)
    {
        unavailable = null;
        switch (architecture)
        {
            case "x86_64":
                return new IcedX86Decoder(64);
            case "i686":
                return new IcedX86Decoder(32);
        }
        if (!ElfFormats.TryGetValue(architecture, out string? format))
        {
            unavailable = $"no disassembler knows {architecture} code";
            return null;
        }
        if (!LlvmObjdumpDecoder.IsAvailable)
        {
            unavailable = $"disasm of {architecture} code needs {LlvmObjdumpDecoder.Objdump} and {LlvmObjdumpDecoder.Objcopy} on PATH (Debian: apt install llvm-19)";
            return null;
        }
        return new LlvmObjdumpDecoder(format);
    }
}
