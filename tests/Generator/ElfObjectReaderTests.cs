using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.Generator;

/// <summary>
/// The ELF reader (LibObjectFile) gives the stencil builder each allocated section with its bytes,
/// the RELA relocations with their explicit addends and elf.h names, and the defined symbols.
/// </summary>
public class ElfObjectReaderTests
{
    private static readonly ObjectFile Fixture = ElfObjectReader.Read(ElfFixture.Assemble("x86_64-unknown-linux-gnu", ElfFixture.X86_64), "fixture.o");

    private static ObjectSection Section(string name) => Fixture.Sections.Single(s => s.Name == name);

    private static ObjectRelocation At(string section, long offset) => Section(section).Relocations.Single(r => r.Offset == offset);

    [Fact]
    public void Text_is_code_and_rodata_data_and_bss_are_data()
    {
        Assert.Equal(
            [(".text", SectionKind.Code), (".rodata", SectionKind.Data), (".data", SectionKind.Data), (".bss", SectionKind.Data)],
            Fixture.Sections.Select(s => (s.Name, s.Kind)));
    }

    [Fact]
    public void A_section_keeps_its_bytes()
    {
        Assert.Equal("xyz\0ab\0"u8.ToArray(), Section(".rodata").Bytes);
    }

    [Fact]
    public void Bss_is_zeros_of_its_size()
    {
        Assert.Equal(new byte[24], Section(".bss").Bytes);
    }

    [Fact]
    public void A_section_keeps_its_alignment()
    {
        Assert.Equal(16, Section(".data").Alignment);
    }

    [Fact]
    public void A_got_call_is_named_as_elf_h_names_it_with_addend_minus_4()
    {
        Assert.Equal(new ObjectRelocation(2, "R_X86_64_GOTPCRELX", "g", null, -4), At(".text", 2));
    }

    [Fact]
    public void A_rela_addend_is_the_entrys_own()
    {
        Assert.Equal(new ObjectRelocation(0x15, "R_X86_64_PC32", "k", null, 8 - 4), At(".text", 0x15));
    }

    [Fact]
    public void A_relocation_against_a_section_symbol_names_the_section_and_its_index()
    {
        var r = At(".text", 0x10);
        Assert.Equal(("R_X86_64_PC32", ".rodata", 4 - 4L), (r.Type, r.Symbol, r.Addend));
        Assert.Equal(Section(".rodata").Index, r.SymbolSection);
    }

    [Fact]
    public void A_pointer_in_data_keeps_its_addend()
    {
        Assert.Equal(new ObjectRelocation(0, "R_X86_64_64", "g", null, 16), At(".data", 0));
    }

    [Fact]
    public void A_defined_symbol_is_its_offset_in_its_section()
    {
        Assert.Equal([new ObjectSymbol("f", Section(".text").Index, 0)], Fixture.Symbols);
    }

    [Fact]
    public void Power10_relocations_have_their_elf_h_names()
    {
        var obj = ElfObjectReader.Read(ElfFixture.Assemble("powerpc64le-unknown-linux-gnu", ElfFixture.Ppc64le, "-mcpu=power10"), "ppc.o");
        Assert.Equal(["R_PPC64_GOT_PCREL34", "R_PPC64_REL24_NOTOC"], obj.Sections.Single(s => s.Name == ".text").Relocations.Select(r => r.Type));
    }

    [Fact]
    public void A_file_that_is_not_elf_is_one_line_naming_the_file()
    {
        var e = Assert.Throws<FormatException>(() => ElfObjectReader.Read(new byte[64], "zeros.o"));
        Assert.StartsWith("zeros.o: not a readable ELF object", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_truncated_object_is_one_line_naming_the_file()
    {
        byte[] whole = ElfFixture.Assemble("x86_64-unknown-linux-gnu", ElfFixture.X86_64);
        var e = Assert.Throws<FormatException>(() => ElfObjectReader.Read(whole[..200], "cut.o"));
        Assert.StartsWith("cut.o: not a readable ELF object (", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
