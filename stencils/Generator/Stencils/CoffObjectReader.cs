using System.Buffers.Binary;
using System.Text;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// Reads a COFF relocatable object (what clang writes for x86_64-pc-windows-msvc and
/// i686-pc-windows-msvc) into an <see cref="ObjectFile"/>, straight from its bytes: LibObjectFile
/// reads PE images, not <c>.obj</c> files, and llvm-readobj's JSON is malformed for COFF. The
/// format is a file header, 40-byte section headers, 10-byte relocations and 18-byte symbols.
/// Its addends are implicit -- stored in the bytes a relocation patches -- and become the
/// explicit, ELF-style addends the builder expects (<see cref="CoffRelocationTypes"/>).
/// </summary>
public static class CoffObjectReader
{
    private const int FileHeaderSize = 20, SectionHeaderSize = 40, RelocationSize = 10, SymbolSize = 18;
    private const uint Code = 0x20, Uninitialized = 0x80, LinkInfo = 0x200, LinkRemove = 0x800;
    private const uint Discardable = 0x02000000, Execute = 0x20000000;
    private const byte External = 2, Static = 3;

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
            throw new FormatException($"{where}: truncated COFF object");
        }
    }

    private sealed record RawSection(int Index, string Name, uint Flags, byte[] Bytes, int RelocationOffset, int RelocationCount);

    private sealed record RawSymbol(string Name, int Section, uint Value, byte StorageClass);

    private static ObjectFile Parse(byte[] file, string where)
    {
        var span = file.AsSpan();
        ushort machine = U16(span, 0);
        var types = CoffRelocationTypes.For(machine)
            ?? throw new FormatException($"{where}: not an x86-64 or i386 COFF object (machine 0x{machine:x4})");
        int sectionCount = U16(span, 2), symbolOffset = checked((int)U32(span, 8)), symbolCount = checked((int)U32(span, 12));
        int strings = symbolOffset + (symbolCount * SymbolSize);
        var sections = new List<RawSection>();
        int headers = FileHeaderSize + U16(span, 16);
        for (int i = 0; i < sectionCount; i++)
        {
            sections.Add(Section(span, headers + (i * SectionHeaderSize), i + 1, strings));
        }
        var symbols = Symbols(span, symbolOffset, symbolCount, strings);
        var result = new List<ObjectSection>();
        foreach (var s in sections.Where(s => Kind(s) != SectionKind.Ignored))
        {
            result.Add(new ObjectSection(s.Index, s.Name, Kind(s), s.Bytes, Alignment(s.Flags), Relocations(span, s, symbols, types, where)));
        }
        var defined = symbols.Values.Where(s => s.Section > 0 && s.Section <= sections.Count && s.StorageClass is External or Static && s.Name != sections[s.Section - 1].Name)
            .Select(s => new ObjectSymbol(s.Name, s.Section, s.Value));
        return new ObjectFile(result, [.. defined]);
    }

    private static RawSection Section(ReadOnlySpan<byte> span, int at, int index, int strings)
    {
        string name = ShortName(span.Slice(at, 8));
        if (name.StartsWith('/'))
        {
            name = CString(span, strings + int.Parse(name[1..], System.Globalization.CultureInfo.InvariantCulture));
        }
        int size = checked((int)U32(span, at + 16)), offset = checked((int)U32(span, at + 20));
        uint flags = U32(span, at + 36);
        byte[] bytes = (flags & Uninitialized) != 0 ? new byte[size] : span.Slice(offset, size).ToArray();
        return new RawSection(index, name, flags, bytes, checked((int)U32(span, at + 24)), U16(span, at + 32));
    }

    // Symbol table indices count auxiliary records, which follow their symbol.
    private static Dictionary<int, RawSymbol> Symbols(ReadOnlySpan<byte> span, int offset, int count, int strings)
    {
        var symbols = new Dictionary<int, RawSymbol>();
        for (int i = 0; i < count; i++)
        {
            var entry = span.Slice(offset + (i * SymbolSize), SymbolSize);
            string name = U32(entry, 0) == 0 ? CString(span, strings + checked((int)U32(entry, 4))) : ShortName(entry[..8]);
            symbols[i] = new RawSymbol(name, (short)U16(entry, 12), U32(entry, 8), entry[16]);
            i += entry[17];
        }
        return symbols;
    }

    private static SectionKind Kind(RawSection s) =>
        (s.Flags & (LinkInfo | LinkRemove | Discardable)) != 0 || s.Name.StartsWith(".pdata", StringComparison.Ordinal) || s.Name.StartsWith(".xdata", StringComparison.Ordinal)
            ? SectionKind.Ignored
            : (s.Flags & (Code | Execute)) != 0 ? SectionKind.Code : SectionKind.Data;

    // IMAGE_SCN_ALIGN_<n>BYTES: bits 20-23 hold log2(n) + 1; none given means 16.
    private static int Alignment(uint flags) => ((flags >> 20) & 0xF) is uint n and > 0 ? 1 << (int)(n - 1) : 16;

    private static List<ObjectRelocation> Relocations(ReadOnlySpan<byte> span, RawSection s, Dictionary<int, RawSymbol> symbols, CoffRelocationTypes types, string where)
    {
        var list = new List<ObjectRelocation>();
        for (int i = 0; i < s.RelocationCount; i++)
        {
            int at = s.RelocationOffset + (i * RelocationSize);
            int offset = checked((int)U32(span, at));
            int symbolIndex = checked((int)U32(span, at + 4));
            ushort type = U16(span, at + 8);
            string typeName = types.Name(type);
            var symbol = symbols.TryGetValue(symbolIndex, out var found) ? found
                : throw new FormatException($"{where}: {s.Name} offset 0x{offset:x}: {typeName} against symbol {symbolIndex}, which does not exist");
            int width = types.Width(type);
            if (width == 0 || offset + width > s.Bytes.Length)
            {
                throw new FormatException($"{where}: {s.Name} offset 0x{offset:x}: a {typeName} relocation this reader cannot read");
            }
            long stored = width == 8 ? BinaryPrimitives.ReadInt64LittleEndian(s.Bytes.AsSpan(offset)) : BinaryPrimitives.ReadInt32LittleEndian(s.Bytes.AsSpan(offset));
            // Clear the stored addend: the patch writes the whole field, as with ELF's RELA.
            s.Bytes.AsSpan(offset, width).Clear();
            long addend = stored - types.PcBias(type);
            list.Add(symbol.StorageClass == Static && symbol.Section > 0
                // A section's own symbol or a local label: section-relative.
                ? new ObjectRelocation(offset, typeName, symbol.Name, symbol.Section, addend + symbol.Value)
                : new ObjectRelocation(offset, typeName, symbol.Name, null, addend));
        }
        return list;
    }

    private static ushort U16(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt16LittleEndian(span[at..]);

    private static uint U32(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt32LittleEndian(span[at..]);

    private static string ShortName(ReadOnlySpan<byte> field) => Encoding.ASCII.GetString(field[..(field.IndexOf((byte)0) is int n and >= 0 ? n : field.Length)]);

    private static string CString(ReadOnlySpan<byte> span, int at) => ShortName(span[at..]);
}
