using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.Coff;

/// <summary>
/// The COFF reader turns implicit addends (stored in the patched bytes) into the explicit,
/// ELF-style ones the stencil builder works with, and keeps only the sections a stencil is made of.
/// </summary>
public class CoffObjectReaderTests
{
    private static readonly ObjectFile Fixture = CoffObjectReader.Read(CoffFixture.Assemble(), "fixture.obj");

    private static ObjectSection Section(string name) => Fixture.Sections.Single(s => s.Name == name);

    private static ObjectRelocation At(string section, long offset) => Section(section).Relocations.Single(r => r.Offset == offset);

    [Fact]
    public void Text_is_code_and_rdata_and_data_are_data()
    {
        Assert.Equal(SectionKind.Code, Section(".text").Kind);
        Assert.Equal(SectionKind.Data, Section(".rdata").Kind);
        Assert.Equal(SectionKind.Data, Section(".data").Kind);
    }

    [Fact]
    public void The_linker_only_address_significance_table_is_left_out()
    {
        Assert.DoesNotContain(Fixture.Sections, s => s.Name == ".llvm_addrsig");
    }

    [Fact]
    public void A_call_through_an_import_is_a_rel32_against_its_imp_symbol_with_addend_minus_4()
    {
        Assert.Equal(new ObjectRelocation(2, "IMAGE_REL_AMD64_REL32", "__imp_g", null, -4), At(".text", 2));
    }

    [Fact]
    public void A_narrow_load_through_an_import_is_a_rel32_with_addend_minus_4()
    {
        Assert.Equal(new ObjectRelocation(9, "IMAGE_REL_AMD64_REL32", "__imp_h", null, -4), At(".text", 9));
    }

    [Fact]
    public void A_jump_has_the_stored_addend_minus_4()
    {
        Assert.Equal(new ObjectRelocation(0x15, "IMAGE_REL_AMD64_REL32", "k", null, 8 - 4), At(".text", 0x15));
    }

    [Fact]
    public void A_field_followed_by_an_immediate_keeps_the_bias_clang_stored()
    {
        // clang writes REL32 with -1 stored rather than REL32_1: the addend is -1 - 4.
        Assert.Equal(new ObjectRelocation(0x1b, "IMAGE_REL_AMD64_REL32", "m", null, -5), At(".text", 0x1b));
    }

    [Fact]
    public void A_section_relative_lea_points_into_its_section_at_the_strings_offset_minus_4()
    {
        var r = At(".text", 0x10);
        Assert.Equal(("IMAGE_REL_AMD64_REL32", ".rdata", 4 - 4L), (r.Type, r.Symbol, r.Addend));
        Assert.Equal(Section(".rdata").Index, r.SymbolSection);
    }

    [Fact]
    public void An_external_pointer_in_data_keeps_its_stored_addend()
    {
        Assert.Equal(new ObjectRelocation(0, "IMAGE_REL_AMD64_ADDR64", "g", null, 16), At(".data", 0));
    }

    [Fact]
    public void A_section_relative_pointer_in_data_is_the_strings_offset_in_its_section()
    {
        var r = At(".data", 8);
        Assert.Equal((".rdata", 4L, (int?)Section(".rdata").Index), (r.Symbol, r.Addend, r.SymbolSection));
    }

    [Fact]
    public void The_bytes_a_relocation_patches_are_cleared()
    {
        Assert.Equal(new byte[4], Section(".text").Bytes[0x15..0x19]);
        Assert.Equal(new byte[8], Section(".data").Bytes[0..8]);
    }

    [Fact]
    public void A_defined_symbol_is_its_offset_in_its_section()
    {
        Assert.Contains(new ObjectSymbol("f", Section(".text").Index, 0), Fixture.Symbols);
    }

    [Fact]
    public void An_i386_object_reads_its_own_relocation_names()
    {
        var obj = CoffObjectReader.Read(CoffFixture.Assemble("i686-pc-windows-msvc", "calll _g\nmovl _h, %eax"), "x86.obj");
        Assert.Equal(["IMAGE_REL_I386_REL32", "IMAGE_REL_I386_DIR32"], obj.Sections.Single(s => s.Name == ".text").Relocations.Select(r => r.Type));
    }

    [Fact]
    public void An_arm64_object_is_refused_in_one_line_naming_the_file()
    {
        var e = Assert.Throws<FormatException>(() => CoffObjectReader.Read(CoffFixture.Assemble("aarch64-pc-windows-msvc", "ret"), "arm.obj"));
        Assert.Equal("arm.obj: not an x86-64 or i386 COFF object (machine 0xaa64)", e.Message);
    }

    [Fact]
    public void A_truncated_object_is_one_line_naming_the_file()
    {
        var e = Assert.Throws<FormatException>(() => CoffObjectReader.Read(CoffFixture.Assemble()[..120], "cut.obj"));
        Assert.Equal("cut.obj: truncated COFF object", e.Message);
    }
}
