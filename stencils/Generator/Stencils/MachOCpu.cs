namespace StencilBench.Generator.Stencils;

/// <summary>
/// What differs between the 64-bit Mach-O CPUs stencils are built for: the relocation type names
/// (by r_type) and where a relocation's addend is kept.
/// </summary>
/// <param name="CpuType">The header's cputype.</param>
/// <param name="RelocationTypes">The type names by r_type, as mach-o/&lt;arch&gt;/reloc.h spells them.</param>
/// <param name="PcBias">What a PC-relative field's stored addend counts from beyond the field's start (x86-64: the field's end, 4 bytes on).</param>
/// <param name="AddendType">The r_type of a relocation that only carries the next one's addend (arm64's ARM64_RELOC_ADDEND), or null.</param>
public sealed record MachOCpu(string Name, uint CpuType, IReadOnlyList<string> RelocationTypes, int PcBias, uint? AddendType)
{
    /// <summary>
    /// x86-64: every addend is implicit, stored in the bytes the relocation patches; a PC-relative
    /// one counts from the end of the 4-byte field.
    /// </summary>
    public static MachOCpu X86_64 { get; } = new("x86-64", 0x01000007,
    [
        "X86_64_RELOC_UNSIGNED", "X86_64_RELOC_SIGNED", "X86_64_RELOC_BRANCH", "X86_64_RELOC_GOT_LOAD",
        "X86_64_RELOC_GOT", "X86_64_RELOC_SUBTRACTOR", "X86_64_RELOC_SIGNED_1", "X86_64_RELOC_SIGNED_2",
        "X86_64_RELOC_SIGNED_4", "X86_64_RELOC_TLV",
    ], PcBias: 4, AddendType: null);

    /// <summary>
    /// arm64: an instruction's immediate field is left zero and its addend, when not zero, travels
    /// in an ARM64_RELOC_ADDEND entry just before its relocation (r_symbolnum, 24 bits signed);
    /// pointers in data keep their addend in the 8 bytes, as on x86-64. PC-relative fields count
    /// from the instruction itself.
    /// </summary>
    public static MachOCpu Arm64 { get; } = new("arm64", 0x0100000C,
    [
        "ARM64_RELOC_UNSIGNED", "ARM64_RELOC_SUBTRACTOR", "ARM64_RELOC_BRANCH26", "ARM64_RELOC_PAGE21",
        "ARM64_RELOC_PAGEOFF12", "ARM64_RELOC_GOT_LOAD_PAGE21", "ARM64_RELOC_GOT_LOAD_PAGEOFF12",
        "ARM64_RELOC_POINTER_TO_GOT", "ARM64_RELOC_TLVP_LOAD_PAGE21", "ARM64_RELOC_TLVP_LOAD_PAGEOFF12",
        "ARM64_RELOC_ADDEND",
    ], PcBias: 0, AddendType: 10);

    public static IReadOnlyList<MachOCpu> All { get; } = [X86_64, Arm64];

    /// <summary>The CPU of a header's cputype, or null when stencils are built for no such CPU.</summary>
    public static MachOCpu? Of(uint cpuType) => All.FirstOrDefault(c => c.CpuType == cpuType);

    /// <summary>The name of r_type <paramref name="type"/> (a number past the table keeps its number).</summary>
    public string TypeName(uint type) =>
        type < RelocationTypes.Count ? RelocationTypes[(int)type] : $"{RelocationTypes[0][..RelocationTypes[0].IndexOf("_RELOC_", StringComparison.Ordinal)]}_RELOC_{type}";

    /// <summary>
    /// The relocation patches an instruction word whose field holds no addend (arm64's 4-byte
    /// relocations): its bytes are the instruction and stay as they are.
    /// </summary>
    public bool IsInstructionField(int length) => AddendType is not null && length == 4;
}
