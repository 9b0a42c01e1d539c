using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.MachO;

/// <summary>
/// The Mach-O reader turns implicit addends (stored in the patched bytes) into the explicit,
/// ELF-style ones the stencil builder works with, and keeps only the sections a stencil is made of.
/// </summary>
public class MachOObjectReaderTests
{
    private static readonly ObjectFile Fixture = MachOObjectReader.Read(MachOFixture.Assemble(), "fixture.o");

    private static ObjectSection Section(string name) => Fixture.Sections.Single(s => s.Name == name);

    private static ObjectRelocation At(string section, long offset) => Section(section).Relocations.Single(r => r.Offset == offset);

    [Fact]
    public void Text_is_code_and_strings_and_data_are_data()
    {
        Assert.Equal(SectionKind.Code, Section("__TEXT,__text").Kind);
        Assert.Equal(SectionKind.Data, Section("__TEXT,__cstring").Kind);
        Assert.Equal(SectionKind.Data, Section("__DATA,__data").Kind);
    }

    [Fact]
    public void A_got_call_is_a_got_relocation_against_the_symbol_with_addend_minus_4()
    {
        Assert.Equal(new ObjectRelocation(2, "X86_64_RELOC_GOT", "_g", null, -4), At("__TEXT,__text", 2));
    }

    [Fact]
    public void A_got_load_is_a_got_load_relocation_with_addend_minus_4()
    {
        Assert.Equal(new ObjectRelocation(9, "X86_64_RELOC_GOT_LOAD", "_h", null, -4), At("__TEXT,__text", 9));
    }

    [Fact]
    public void An_external_branch_has_the_stored_addend_minus_4()
    {
        Assert.Equal(new ObjectRelocation(0x15, "X86_64_RELOC_BRANCH", "_k", null, 8 - 4), At("__TEXT,__text", 0x15));
    }

    [Fact]
    public void A_section_relative_lea_points_into_its_section_at_the_strings_offset_minus_4()
    {
        var r = At("__TEXT,__text", 0x10);
        Assert.Equal(("X86_64_RELOC_SIGNED", "__TEXT,__cstring", 4 - 4L), (r.Type, r.Symbol, r.Addend));
        Assert.Equal(Section("__TEXT,__cstring").Index, r.SymbolSection);
    }

    [Fact]
    public void An_external_pointer_in_data_keeps_its_stored_addend()
    {
        Assert.Equal(new ObjectRelocation(0, "X86_64_RELOC_UNSIGNED", "_g", null, 16), At("__DATA,__data", 0));
    }

    [Fact]
    public void A_section_relative_pointer_in_data_is_the_strings_offset_in_its_section()
    {
        var r = At("__DATA,__data", 8);
        Assert.Equal(("__TEXT,__cstring", 4L), (r.Symbol, r.Addend));
    }

    [Fact]
    public void The_bytes_a_relocation_patches_are_cleared()
    {
        Assert.Equal(new byte[4], Section("__TEXT,__text").Bytes[0x15..0x19]);
        Assert.Equal(new byte[8], Section("__DATA,__data").Bytes[0..8]);
    }

    [Fact]
    public void A_defined_symbol_is_its_offset_in_its_section()
    {
        Assert.Contains(new ObjectSymbol("_f", Section("__TEXT,__text").Index, 0), Fixture.Symbols);
    }

    [Fact]
    public void A_32_bit_object_is_refused_in_one_line_naming_the_file()
    {
        var e = Assert.Throws<FormatException>(() => MachOObjectReader.Read(MachOFixture.Assemble("i386-apple-darwin", "ret"), "i386.o"));
        Assert.StartsWith("i386.o: not a 64-bit x86-64 or arm64 Mach-O object (magic 0xfeedface, cpu 0x00000007)", e.Message);
    }

    [Fact]
    public void A_truncated_object_is_one_line_naming_the_file()
    {
        var e = Assert.Throws<FormatException>(() => MachOObjectReader.Read(MachOFixture.Assemble()[..200], "cut.o"));
        Assert.StartsWith("cut.o: truncated or malformed Mach-O object (", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
