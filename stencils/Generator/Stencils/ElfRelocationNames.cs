using LibObjectFile.Elf;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// An ELF relocation type's name as elf.h (and llvm-readobj) spell it, e.g. R_X86_64_PLT32: the
/// targets' rules are keyed by it. LibObjectFile's table predates POWER10's PC-relative types, so
/// those few are named here.
/// </summary>
public static class ElfRelocationNames
{
    private static readonly IReadOnlyDictionary<(ElfArch Arch, uint Type), string> Missing = new Dictionary<(ElfArch, uint), string>
    {
        [(ElfArch.PPC64, 116)] = "R_PPC64_REL24_NOTOC",
        [(ElfArch.PPC64, 123)] = "R_PPC64_PCREL_OPT",
        [(ElfArch.PPC64, 132)] = "R_PPC64_PCREL34",
        [(ElfArch.PPC64, 133)] = "R_PPC64_GOT_PCREL34",
    };

    /// <summary>The name, or one that says the type is unknown (no target has a rule for it, so the builder names it in its error).</summary>
    public static string Of(ElfRelocationType type) =>
        type.Name ?? Missing.GetValueOrDefault((type.Arch.Value, type.Value)) ?? $"unnamed ELF relocation type {type.Value} ({type.Arch})";
}
