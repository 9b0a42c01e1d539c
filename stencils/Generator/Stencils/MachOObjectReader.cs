using System.Buffers.Binary;
using System.Text;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// Reads a 64-bit x86-64 or arm64 Mach-O relocatable object (what clang writes for
/// x86_64-apple-darwin and aarch64-apple-darwin) into an <see cref="ObjectFile"/>, straight from its
/// bytes: llvm-readobj's JSON is malformed for Mach-O, and the few
/// structures a stencil needs (segment and section headers, the symbol table, relocation entries)
/// are fixed-size records. Mach-O addends are implicit -- stored in the bytes the relocation
/// patches, or on arm64 in an ADDEND entry before it (<see cref="MachOCpu"/>) -- and become the
/// explicit, ELF-style addends the builder expects.
/// </summary>
public static class MachOObjectReader
{
    private const uint Magic64 = 0xFEEDFACF;
    private const uint SegmentCommand64 = 0x19, SymtabCommand = 0x2;
    private const uint ZeroFill = 0x1, TypeMask = 0xFF;
    private const uint PureInstructions = 0x80000000, SomeInstructions = 0x400, Debug = 0x02000000;
    private const byte StabMask = 0xE0, TypeBits = 0x0E, DefinedInSection = 0x0E;

    public static IReadOnlyList<ObjectFile> ReadAll(IEnumerable<string> paths) =>
        [.. paths.Select(p => Read(File.ReadAllBytes(p), p))];

    /// <param name="where">The file's name, for errors.</param>
    public static ObjectFile Read(byte[] file, string where)
    {
        try
        {
            return Parse(file, where);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new FormatException($"{where}: truncated Mach-O object");
        }
    }

    private sealed record RawSection(int Index, string Segment, string Name, ulong Address, byte[] Bytes, int Alignment, uint Flags, uint RelocationOffset, uint RelocationCount);

    private static ObjectFile Parse(byte[] file, string where)
    {
        var span = file.AsSpan();
        var cpu = U32(span, 0) == Magic64 ? MachOCpu.Of(U32(span, 4)) : null;
        if (cpu is null)
        {
            throw new FormatException($"{where}: not a 64-bit x86-64 or arm64 Mach-O object (magic 0x{U32(span, 0):x8}, cpu 0x{U32(span, 4):x8})");
        }
        int commands = checked((int)U32(span, 16));
        var sections = new List<RawSection>();
        (int Offset, int Count, int Strings)? symtab = null;
        int at = 32;
        for (int c = 0; c < commands; c++)
        {
            uint cmd = U32(span, at), size = U32(span, at + 4);
            if (cmd == SegmentCommand64)
            {
                int count = checked((int)U32(span, at + 64));
                for (int s = 0; s < count; s++)
                {
                    sections.Add(Section(span, at + 72 + (s * 80), sections.Count + 1));
                }
            }
            else if (cmd == SymtabCommand)
            {
                symtab = (checked((int)U32(span, at + 8)), checked((int)U32(span, at + 12)), checked((int)U32(span, at + 16)));
            }
            at += checked((int)size);
        }
        var symbols = new List<(string Name, byte Type, int Section, ulong Value)>();
        if (symtab is var (symOffset, symCount, strOffset))
        {
            for (int i = 0; i < symCount; i++)
            {
                var entry = span.Slice(symOffset + (i * 16), 16);
                symbols.Add((CString(span, strOffset + (int)U32(entry, 0)), entry[4], entry[5], BinaryPrimitives.ReadUInt64LittleEndian(entry[8..])));
            }
        }
        var byIndex = sections.ToDictionary(s => s.Index);
        var result = new List<ObjectSection>();
        foreach (var s in sections.Where(s => Kind(s) != SectionKind.Ignored))
        {
            result.Add(new ObjectSection(s.Index, $"{s.Segment},{s.Name}", Kind(s), s.Bytes, s.Alignment, Relocations(span, s, symbols, byIndex, cpu, where)));
        }
        var defined = symbols.Where(s => (s.Type & StabMask) == 0 && (s.Type & TypeBits) == DefinedInSection && s.Name.Length > 0 && byIndex.ContainsKey(s.Section))
            .Select(s => new ObjectSymbol(s.Name, s.Section, checked((long)(s.Value - byIndex[s.Section].Address))));
        return new ObjectFile([.. result], [.. defined]);
    }

    private static RawSection Section(ReadOnlySpan<byte> span, int at, int index)
    {
        ulong address = BinaryPrimitives.ReadUInt64LittleEndian(span[(at + 32)..]);
        int size = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(span[(at + 40)..]));
        uint offset = U32(span, at + 48), flags = U32(span, at + 64);
        byte[] bytes = (flags & TypeMask) == ZeroFill ? new byte[size] : span.Slice(checked((int)offset), size).ToArray();
        return new RawSection(index, Name(span.Slice(at + 16, 16)), Name(span.Slice(at, 16)), address, bytes,
            1 << checked((int)U32(span, at + 52)), flags, U32(span, at + 56), U32(span, at + 60));
    }

    private static SectionKind Kind(RawSection s) =>
        (s.Flags & Debug) != 0 || s.Segment is "__LD" or "__DWARF" || s.Name is "__eh_frame" or "__compact_unwind"
            ? SectionKind.Ignored
            : (s.Flags & (PureInstructions | SomeInstructions)) != 0 ? SectionKind.Code : SectionKind.Data;

    private static List<ObjectRelocation> Relocations(ReadOnlySpan<byte> span, RawSection s, List<(string Name, byte Type, int Section, ulong Value)> symbols,
        Dictionary<int, RawSection> sections, MachOCpu cpu, string where)
    {
        var list = new List<ObjectRelocation>();
        long pendingAddend = 0;
        for (int i = 0; i < s.RelocationCount; i++)
        {
            int at = checked((int)s.RelocationOffset + (i * 8));
            int address = (int)U32(span, at);
            uint info = U32(span, at + 4);
            if (address < 0)
            {
                throw new FormatException($"{where}: {s.Segment},{s.Name}: a scattered relocation, which 64-bit Mach-O does not use");
            }
            int symbolNumber = (int)(info & 0xFFFFFF), length = 1 << (int)((info >> 25) & 3);
            bool pcRelative = ((info >> 24) & 1) != 0, external = ((info >> 27) & 1) != 0;
            uint type = info >> 28;
            string typeName = cpu.TypeName(type);
            if (type == cpu.AddendType)
            {
                // arm64: the next relocation's addend, in r_symbolnum's 24 bits, signed.
                pendingAddend = ((int)(info << 8)) >> 8;
                continue;
            }
            long explicitAddend = pendingAddend;
            pendingAddend = 0;
            if (cpu.IsInstructionField(length))
            {
                // arm64: the word is the instruction, its immediate zero; the patch fills the field.
                list.Add(external
                    ? new ObjectRelocation(address, typeName, symbols[symbolNumber].Name, null, explicitAddend)
                    : throw new FormatException($"{where}: {s.Segment},{s.Name} offset 0x{address:x}: a section-relative {typeName} in an instruction, which this reader does not decode"));
                continue;
            }
            long stored = length switch
            {
                8 => BinaryPrimitives.ReadInt64LittleEndian(s.Bytes.AsSpan(address)),
                4 => BinaryPrimitives.ReadInt32LittleEndian(s.Bytes.AsSpan(address)),
                _ => throw new FormatException($"{where}: {s.Segment},{s.Name} offset 0x{address:x}: a {length}-byte {typeName} relocation"),
            };
            // Clear the stored addend: the patch writes the whole field, as with ELF's RELA.
            s.Bytes.AsSpan(address, length).Clear();
            if (external)
            {
                // x86-64 adds the displacement to the end of the 4-byte field: ELF's -4.
                list.Add(new ObjectRelocation(address, typeName, symbols[symbolNumber].Name, null, (pcRelative ? stored - cpu.PcBias : stored) + explicitAddend));
                continue;
            }
            var target = sections.TryGetValue(symbolNumber, out var t) ? t
                : throw new FormatException($"{where}: {s.Segment},{s.Name} offset 0x{address:x}: {typeName} against section {symbolNumber}, which does not exist");
            // Section-relative: the field holds an address in the object's own layout (for a
            // PC-relative one, a displacement from the field's end); re-expressed from the target section's start.
            long addend = explicitAddend + (pcRelative
                ? stored + (long)s.Address + address - (long)target.Address
                : stored - (long)target.Address);
            list.Add(new ObjectRelocation(address, typeName, $"{target.Segment},{target.Name}", symbolNumber, addend));
        }
        return list;
    }

    private static uint U32(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt32LittleEndian(span[at..]);

    private static string Name(ReadOnlySpan<byte> field) => Encoding.ASCII.GetString(field[..(field.IndexOf((byte)0) is int n and >= 0 ? n : field.Length)]);

    private static string CString(ReadOnlySpan<byte> span, int at) => Name(span[at..]);
}
