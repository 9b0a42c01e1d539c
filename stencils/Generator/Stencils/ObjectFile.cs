namespace StencilBench.Generator.Stencils;

/// <summary>What a section holds, as far as a stencil cares.</summary>
public enum SectionKind
{
    Code,
    Data,
    Ignored,
}

/// <summary>A relocation: at <paramref name="Offset"/> in its section, <paramref name="Type"/> against a symbol.</summary>
/// <param name="Type">The object format's own name (R_X86_64_PLT32, IMAGE_REL_AMD64_REL32...).</param>
/// <param name="Symbol">The symbol's name, or the section's name when it is section-relative.</param>
/// <param name="SymbolSection">The section index when the relocation is section-relative, else null.</param>
public sealed record ObjectRelocation(long Offset, string Type, string Symbol, int? SymbolSection, long Addend);

/// <summary>A defined symbol: where it lives.</summary>
public sealed record ObjectSymbol(string Name, int Section, long Value);

/// <summary>One allocated section with its bytes and the relocations that apply to it.</summary>
public sealed record ObjectSection(int Index, string Name, SectionKind Kind, byte[] Bytes, int Alignment, IReadOnlyList<ObjectRelocation> Relocations);

/// <summary>A relocatable object, reduced to what makes stencils: format-neutral.</summary>
public sealed record ObjectFile(IReadOnlyList<ObjectSection> Sections, IReadOnlyList<ObjectSymbol> Symbols);
