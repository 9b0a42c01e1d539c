using LibObjectFile.Diagnostics;
using LibObjectFile.Elf;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// Reads an ELF relocatable object (any architecture clang writes for: x86-64, aarch64, ppc64le)
/// into an <see cref="ObjectFile"/> with LibObjectFile, straight from its bytes: sections and
/// their data, RELA/REL relocations with their addends, and the symbols defined in a section.
/// </summary>
public static class ElfObjectReader
{
    public static IReadOnlyList<ObjectFile> ReadAll(IEnumerable<string> paths) =>
        [.. paths.Select(p => Read(File.ReadAllBytes(p), p))];

    /// <param name="where">The file's name, for errors.</param>
    public static ObjectFile Read(byte[] file, string where)
    {
        using var stream = new MemoryStream(file, writable: false);
        if (!ElfFile.TryRead(stream, out var elf, out var diagnostics))
        {
            // A cut or damaged file is reported here too (LibObjectFile does not throw for it):
            // the first error is the cause, the rest follow from it.
            string? first = diagnostics.Messages.Where(m => m.Kind == DiagnosticKind.Error).Select(m => m.Message).FirstOrDefault();
            throw new FormatException($"{where}: not a readable ELF object ({first ?? "no detail"})");
        }
        return Convert(elf, where);
    }

    private static ObjectFile Convert(ElfFile elf, string where)
    {
        var relocations = new Dictionary<int, List<ObjectRelocation>>();
        foreach (var table in elf.Sections.OfType<ElfRelocationTable>())
        {
            int target = table.Info.GetIndex();
            var list = relocations.TryGetValue(target, out var l) ? l : relocations[target] = [];
            var symbols = (table.Link.Section as ElfSymbolTable)?.Entries ?? [];
            list.AddRange(table.Entries.Select(r => Relocation(r, symbols, $"{where}: {table.Name.Value}")));
        }
        var sections = elf.Sections.Select(s => Section(s, relocations)).Where(s => s.Kind != SectionKind.Ignored).ToList();
        // Section symbols have no name of their own, so they are not listed: a relocation against
        // one names its section (SymbolSection) instead.
        var defined = elf.Sections.OfType<ElfSymbolTable>().Where(t => t.Type == ElfSectionType.SymbolTable).SelectMany(t => t.Entries)
            .Where(s => s.SectionLink.Section is not null && !string.IsNullOrEmpty(s.Name.Value))
            .Select(s => new ObjectSymbol(s.Name.Value, s.SectionLink.Section!.SectionIndex, checked((long)s.Value)));
        return new ObjectFile(sections, [.. defined]);
    }

    /// <param name="where">The file and relocation section, for errors.</param>
    private static ObjectRelocation Relocation(ElfRelocation r, List<ElfSymbol> symbols, string where)
    {
        var symbol = r.SymbolIndex < symbols.Count ? symbols[(int)r.SymbolIndex]
            : throw new FormatException($"{where} offset 0x{r.Offset:x}: symbol {r.SymbolIndex}, past the symbol table's {symbols.Count}");
        var section = symbol.Type == ElfSymbolType.Section ? symbol.SectionLink.Section : null;
        string name = section?.Name.Value ?? symbol.Name.Value ?? "";
        return new ObjectRelocation(checked((long)r.Offset), ElfRelocationNames.Of(r.Type), name, section?.SectionIndex, r.Addend);
    }

    private static ObjectSection Section(ElfSection s, Dictionary<int, List<ObjectRelocation>> relocations)
    {
        bool allocated = (s.Flags & ElfSectionFlags.Alloc) != 0;
        var kind = !allocated || s.Type is not (ElfSectionType.ProgBits or ElfSectionType.NoBits)
            ? SectionKind.Ignored
            : (s.Flags & ElfSectionFlags.Executable) != 0 ? SectionKind.Code : SectionKind.Data;
        byte[] bytes = kind == SectionKind.Ignored ? []
            : s is ElfStreamSection stream ? Bytes(stream.Stream)
            : new byte[checked((int)s.Size)];
        int alignment = (int)Math.Max(1, s.VirtualAddressAlignment);
        return new ObjectSection(s.SectionIndex, s.Name.Value ?? "", kind, bytes, alignment, relocations.TryGetValue(s.SectionIndex, out var l) ? l : []);
    }

    private static byte[] Bytes(Stream stream)
    {
        var copy = new MemoryStream();
        stream.Position = 0;
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
