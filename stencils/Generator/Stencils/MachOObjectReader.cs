using System.Buffers.Binary;
using LibObjectFile.Diagnostics;
using LibObjectFile.MachO;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// Reads a 64-bit x86-64 or arm64 Mach-O relocatable object (what clang writes for
/// x86_64-apple-darwin and aarch64-apple-darwin) into an <see cref="ObjectFile"/> with
/// LibObjectFile: its segments' sections and their data, the symbol table and each section's raw
/// relocation entries. Mach-O addends are implicit -- stored in the bytes the relocation patches,
/// or on arm64 in an ADDEND entry before it (<see cref="MachOCpu"/>) -- and become here the
/// explicit, ELF-style addends the builder expects: LibObjectFile gives the entries as they are.
/// </summary>
public static class MachOObjectReader
{
    private const uint Magic64 = 0xFEEDFACF;
    private const uint PureInstructions = 0x80000000, SomeInstructions = 0x400, Debug = 0x02000000;

    public static IReadOnlyList<ObjectFile> ReadAll(IEnumerable<string> paths) =>
        [.. paths.Select(p => Read(File.ReadAllBytes(p), p))];

    /// <param name="where">The file's name, for errors.</param>
    public static ObjectFile Read(byte[] file, string where)
    {
        // The header's first two words decide what is refused, before LibObjectFile (which also
        // reads 32-bit and other CPUs' objects) is asked.
        uint magic = file.Length >= 8 ? BinaryPrimitives.ReadUInt32LittleEndian(file) : 0;
        uint cpuType = file.Length >= 8 ? BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4)) : 0;
        var cpu = magic == Magic64 ? MachOCpu.Of(cpuType) : null;
        if (cpu is null)
        {
            throw new FormatException($"{where}: not a 64-bit x86-64 or arm64 Mach-O object (magic 0x{magic:x8}, cpu 0x{cpuType:x8})");
        }
        using var stream = new MemoryStream(file, writable: false);
        if (!MachOFile.TryRead(stream, out var macho, out var diagnostics))
        {
            // The first error is the cause; the rest follow from it.
            string? first = diagnostics.Messages.Where(m => m.Kind == DiagnosticKind.Error).Select(m => m.Message).FirstOrDefault();
            throw new FormatException($"{where}: truncated or malformed Mach-O object ({first ?? "no detail"})");
        }
        return Convert(macho, cpu, where);
    }

    /// <param name="Index">The section's number, counted from 1 across all segments (n_sect, r_symbolnum).</param>
    private sealed record RawSection(int Index, MachOSection Header, byte[] Bytes)
    {
        public string Name => $"{Header.SegmentName},{Header.Name}";
    }

    private static ObjectFile Convert(MachOFile macho, MachOCpu cpu, string where)
    {
        var data = macho.Content.OfType<MachOSectionData>().ToDictionary(d => d.Section, d => d.Content);
        var sections = new List<RawSection>();
        foreach (var header in macho.Segments.SelectMany(s => s.Sections))
        {
            byte[] bytes = header.SectionType == MachOSectionType.ZeroFill || !data.TryGetValue(header, out var content)
                ? new byte[checked((int)header.Size)]
                : Bytes(content);
            sections.Add(new RawSection(sections.Count + 1, header, bytes));
        }
        var symbols = macho.ReadSymbolTable();
        var byIndex = sections.ToDictionary(s => s.Index);
        var result = sections.Where(s => Kind(s.Header) != SectionKind.Ignored)
            .Select(s => new ObjectSection(s.Index, s.Name, Kind(s.Header), s.Bytes, 1 << checked((int)s.Header.Align),
                Relocations(macho.ReadRelocations(s.Header), s, symbols, byIndex, cpu, where)))
            .ToList();
        var defined = symbols.Where(s => !s.IsDebug && s.Kind == MachOSymbolKind.Section && s.Name.Length > 0 && byIndex.ContainsKey(s.SectionIndex))
            .Select(s => new ObjectSymbol(s.Name, s.SectionIndex, checked((long)(s.Value - byIndex[s.SectionIndex].Header.Address))));
        return new ObjectFile(result, [.. defined]);
    }

    private static SectionKind Kind(MachOSection s) =>
        (s.RawFlags & Debug) != 0 || s.SegmentName is "__LD" or "__DWARF" || s.Name is "__eh_frame" or "__compact_unwind"
            ? SectionKind.Ignored
            : (s.RawFlags & (PureInstructions | SomeInstructions)) != 0 ? SectionKind.Code : SectionKind.Data;

    private static List<ObjectRelocation> Relocations(IReadOnlyList<MachORelocation> entries, RawSection s, IReadOnlyList<MachOSymbol> symbols,
        Dictionary<int, RawSection> sections, MachOCpu cpu, string where)
    {
        var list = new List<ObjectRelocation>();
        long pendingAddend = 0;
        foreach (var entry in entries)
        {
            int address = entry.Address;
            if (entry.IsScattered)
            {
                throw new FormatException($"{where}: {s.Name}: a scattered relocation, which 64-bit Mach-O does not use");
            }
            int symbolNumber = checked((int)entry.SymbolOrSectionNumber), length = entry.LengthInBytes;
            uint type = entry.RawType;
            string typeName = cpu.TypeName(type);
            if (type == cpu.AddendType)
            {
                // arm64: the next relocation's addend, in r_symbolnum's 24 bits, signed.
                pendingAddend = (symbolNumber << 8) >> 8;
                continue;
            }
            long explicitAddend = pendingAddend;
            pendingAddend = 0;
            if (entry.IsExternal && symbolNumber >= symbols.Count)
            {
                throw new FormatException($"{where}: {s.Name} offset 0x{address:x}: {typeName} against symbol {symbolNumber}, past the symbol table's {symbols.Count}");
            }
            if (cpu.IsInstructionField(length))
            {
                // arm64: the word is the instruction, its immediate zero; the patch fills the field.
                list.Add(entry.IsExternal
                    ? new ObjectRelocation(address, typeName, symbols[symbolNumber].Name, null, explicitAddend)
                    : throw new FormatException($"{where}: {s.Name} offset 0x{address:x}: a section-relative {typeName} in an instruction, which this reader does not decode"));
                continue;
            }
            if (address < 0 || address + length > s.Bytes.Length)
            {
                throw new FormatException($"{where}: {s.Name} offset 0x{address:x}: a {length}-byte {typeName} past the section's {s.Bytes.Length} bytes");
            }
            long stored = length switch
            {
                8 => BinaryPrimitives.ReadInt64LittleEndian(s.Bytes.AsSpan(address)),
                4 => BinaryPrimitives.ReadInt32LittleEndian(s.Bytes.AsSpan(address)),
                _ => throw new FormatException($"{where}: {s.Name} offset 0x{address:x}: a {length}-byte {typeName} relocation"),
            };
            // Clear the stored addend: the patch writes the whole field, as with ELF's RELA.
            s.Bytes.AsSpan(address, length).Clear();
            if (entry.IsExternal)
            {
                // x86-64 adds the displacement to the end of the 4-byte field: ELF's -4.
                list.Add(new ObjectRelocation(address, typeName, symbols[symbolNumber].Name, null, (entry.IsPcRelative ? stored - cpu.PcBias : stored) + explicitAddend));
                continue;
            }
            var target = sections.TryGetValue(symbolNumber, out var t) ? t
                : throw new FormatException($"{where}: {s.Name} offset 0x{address:x}: {typeName} against section {symbolNumber}, which does not exist");
            // Section-relative: the field holds an address in the object's own layout (for a
            // PC-relative one, a displacement from the field's end); re-expressed from the target section's start.
            long addend = explicitAddend + (entry.IsPcRelative
                ? stored + (long)s.Header.Address + address - (long)target.Header.Address
                : stored - (long)target.Header.Address);
            list.Add(new ObjectRelocation(address, typeName, target.Name, symbolNumber, addend));
        }
        return list;
    }

    private static byte[] Bytes(Stream stream)
    {
        var copy = new MemoryStream();
        stream.Position = 0;
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
