using StencilBench.Generator.Stencils;
using StencilBench.Tests.MachO;

namespace StencilBench.Tests.Generator;

/// <summary>
/// The Mach-O reader takes each section's bytes from LibObjectFile's section data, and makes a
/// zero-fill section, which has none in the file, zeros of its size.
/// </summary>
public class MachOSectionDataTests
{
    private const string Assembly = """
        .text
        .globl _f
        _f:
          ret
        .section __TEXT,__cstring
        .asciz "xyz"
        .zerofill __DATA,__bss,_z,24,4
        """;

    private static readonly ObjectFile Fixture = MachOObjectReader.Read(MachOFixture.Assemble("x86_64-apple-darwin", Assembly), "bss.o");

    private static ObjectSection Section(string name) => Fixture.Sections.Single(s => s.Name == name);

    [Fact]
    public void A_section_keeps_its_bytes()
    {
        Assert.Equal("xyz\0"u8.ToArray(), Section("__TEXT,__cstring").Bytes);
    }

    [Fact]
    public void A_zero_fill_section_is_zeros_of_its_size()
    {
        Assert.Equal(new byte[24], Section("__DATA,__bss").Bytes);
    }

    [Fact]
    public void A_section_keeps_its_alignment()
    {
        Assert.Equal(16, Section("__DATA,__bss").Alignment);
    }

    [Fact]
    public void Sections_are_numbered_from_1_across_segments()
    {
        Assert.Equal([1, 2, 3], Fixture.Sections.Select(s => s.Index));
    }
}
