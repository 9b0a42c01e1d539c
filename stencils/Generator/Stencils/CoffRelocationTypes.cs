namespace StencilBench.Generator.Stencils;

/// <summary>
/// One COFF machine's relocation types (winnt.h's IMAGE_REL_AMD64_* and IMAGE_REL_I386_*): each
/// type's name, the width of the field it patches, and the bias of its implicit addend. A
/// PC-relative field counts from the end of the instruction: 4 bytes after the field for REL32,
/// 4 + n for REL32_n (n immediate bytes follow), so ELF's explicit addend is the stored one less it.
/// </summary>
public sealed class CoffRelocationTypes
{
    private readonly string _prefix;
    private readonly IReadOnlyDictionary<ushort, (string Name, int Width, int Bias)> _types;

    private CoffRelocationTypes(string prefix, IReadOnlyDictionary<ushort, (string, int, int)> types) => (_prefix, _types) = (prefix, types);

    public const ushort MachineAmd64 = 0x8664, MachineI386 = 0x14C;

    public static CoffRelocationTypes Amd64 { get; } = new("IMAGE_REL_AMD64_", new Dictionary<ushort, (string, int, int)>
    {
        [0x1] = ("IMAGE_REL_AMD64_ADDR64", 8, 0),
        [0x2] = ("IMAGE_REL_AMD64_ADDR32", 4, 0),
        [0x3] = ("IMAGE_REL_AMD64_ADDR32NB", 4, 0),
        [0x4] = ("IMAGE_REL_AMD64_REL32", 4, 4),
        [0x5] = ("IMAGE_REL_AMD64_REL32_1", 4, 5),
        [0x6] = ("IMAGE_REL_AMD64_REL32_2", 4, 6),
        [0x7] = ("IMAGE_REL_AMD64_REL32_3", 4, 7),
        [0x8] = ("IMAGE_REL_AMD64_REL32_4", 4, 8),
        [0x9] = ("IMAGE_REL_AMD64_REL32_5", 4, 9),
        [0xB] = ("IMAGE_REL_AMD64_SECREL", 4, 0),
    });

    public static CoffRelocationTypes I386 { get; } = new("IMAGE_REL_I386_", new Dictionary<ushort, (string, int, int)>
    {
        [0x6] = ("IMAGE_REL_I386_DIR32", 4, 0),
        [0x7] = ("IMAGE_REL_I386_DIR32NB", 4, 0),
        [0xB] = ("IMAGE_REL_I386_SECREL", 4, 0),
        [0x14] = ("IMAGE_REL_I386_REL32", 4, 4),
    });

    /// <summary>The types of a COFF machine, or null when this reader does not know it.</summary>
    public static CoffRelocationTypes? For(ushort machine) => machine switch
    {
        MachineAmd64 => Amd64,
        MachineI386 => I386,
        _ => null,
    };

    /// <summary>The type's winnt.h name; an unlisted one by number (the builder then rejects it).</summary>
    public string Name(ushort type) => _types.TryGetValue(type, out var t) ? t.Name : $"{_prefix}0x{type:x}";

    /// <summary>Bytes the relocation patches (0 for a type this reader does not know).</summary>
    public int Width(ushort type) => _types.TryGetValue(type, out var t) ? t.Width : 0;

    /// <summary>What the CPU adds beyond the field's own address, which the implicit addend leaves out.</summary>
    public int PcBias(ushort type) => _types.TryGetValue(type, out var t) ? t.Bias : 0;
}
