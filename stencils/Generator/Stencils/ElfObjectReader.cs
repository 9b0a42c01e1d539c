using System.Text.Json;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// Reads <c>llvm-readobj --elf-output-style=JSON --sections --section-data --relocations --symbols</c>
/// output for an ELF object (any architecture) into an <see cref="ObjectFile"/>.
/// </summary>
public static class ElfObjectReader
{
    /// <summary>One object per file given to llvm-readobj, in order.</summary>
    public static IReadOnlyList<ObjectFile> ReadAll(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(Read)];
    }

    private static ObjectFile Read(JsonElement root)
    {
        var relocations = new Dictionary<int, List<ObjectRelocation>>();
        var relocationTargets = new Dictionary<int, int>();
        var rawSections = root.GetProperty("Sections").EnumerateArray().Select(s => s.GetProperty("Section")).ToList();
        foreach (var s in rawSections)
        {
            if (s.GetProperty("Type").GetProperty("Name").GetString() is "SHT_RELA" or "SHT_REL")
            {
                relocationTargets[s.GetProperty("Index").GetInt32()] = s.GetProperty("Info").GetInt32();
            }
        }
        var sectionNames = rawSections.ToDictionary(s => s.GetProperty("Index").GetInt32(), s => s.GetProperty("Name").GetProperty("Name").GetString() ?? "");
        if (root.TryGetProperty("Relocations", out var relocs))
        {
            foreach (var group in relocs.EnumerateArray())
            {
                int target = relocationTargets[group.GetProperty("SectionIndex").GetInt32()];
                var list = relocations.TryGetValue(target, out var l) ? l : relocations[target] = [];
                foreach (var r in group.GetProperty("Relocs").EnumerateArray().Select(r => r.GetProperty("Relocation")))
                {
                    list.Add(Relocation(r, sectionNames));
                }
            }
        }
        var sections = rawSections.Select(s => Section(s, relocations)).Where(s => s.Kind != SectionKind.Ignored).ToList();
        var symbols = new List<ObjectSymbol>();
        foreach (var sym in root.GetProperty("Symbols").EnumerateArray().Select(s => s.GetProperty("Symbol")))
        {
            var section = sym.GetProperty("Section");
            string name = sym.GetProperty("Name").GetProperty("Name").GetString() ?? "";
            string sectionName = section.GetProperty("Name").GetString() ?? "";
            if (name.Length == 0 || sectionName is "Undefined" or "Absolute" or "Common")
            {
                continue;
            }
            symbols.Add(new ObjectSymbol(name, section.GetProperty("Value").GetInt32(), sym.GetProperty("Value").GetInt64()));
        }
        return new ObjectFile(sections, symbols);
    }

    private static ObjectRelocation Relocation(JsonElement r, Dictionary<int, string> sectionNames)
    {
        var symbol = r.GetProperty("Symbol");
        string name = symbol.GetProperty("Name").GetString() ?? "";
        // A section-relative relocation names its section's symbol, whose name is the section's.
        int? section = null;
        var match = sectionNames.Where(kv => kv.Value == name && name.Length > 0).Select(kv => (int?)kv.Key).FirstOrDefault();
        if (match is int index && name.StartsWith('.'))
        {
            section = index;
        }
        long addend = r.TryGetProperty("Addend", out var a) ? unchecked((long)a.GetUInt64()) : 0;
        return new ObjectRelocation(r.GetProperty("Offset").GetInt64(), r.GetProperty("Type").GetProperty("Name").GetString()!, name, section, addend);
    }

    private static ObjectSection Section(JsonElement s, Dictionary<int, List<ObjectRelocation>> relocations)
    {
        int index = s.GetProperty("Index").GetInt32();
        string name = s.GetProperty("Name").GetProperty("Name").GetString() ?? "";
        string type = s.GetProperty("Type").GetProperty("Name").GetString() ?? "";
        var flags = s.GetProperty("Flags").GetProperty("Flags").EnumerateArray().Select(f => f.GetProperty("Name").GetString()).ToHashSet();
        var kind = !flags.Contains("SHF_ALLOC") || type is not ("SHT_PROGBITS" or "SHT_NOBITS")
            ? SectionKind.Ignored
            : flags.Contains("SHF_EXECINSTR") ? SectionKind.Code : SectionKind.Data;
        byte[] bytes = type == "SHT_NOBITS"
            ? new byte[s.GetProperty("Size").GetInt32()]
            : s.GetProperty("SectionData").GetProperty("Bytes").EnumerateArray().Select(b => b.GetByte()).ToArray();
        int alignment = Math.Max(1, s.GetProperty("AddressAlignment").GetInt32());
        return new ObjectSection(index, name, kind, bytes, alignment, relocations.TryGetValue(index, out var l) ? l : []);
    }
}
