using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.MachO;

/// <summary>
/// arm64 Mach-O (aarch64-apple-darwin): an instruction's relocation leaves its word as it is (the
/// immediate field is zero, the opcode stays), its addend comes from the ARM64_RELOC_ADDEND entry
/// before it, and a pointer in data keeps its implicit addend as on x86-64.
/// </summary>
public class Arm64MachOObjectReaderTests
{
    // A GOT load at 0x0/0x4, a call through it at 0x8, a branch to _k+8 at 0xc, a bl at 0x10;
    // in data, _g+16 at 0x0.
    private const string Assembly = """
        .text
        .globl _f
        _f:
          adrp x8, _g@GOTPAGE
          ldr x8, [x8, _g@GOTPAGEOFF]
          blr x8
          b _k+8
          bl _h
        .data
        .quad _g+16
        """;

    private static readonly byte[] Object = MachOFixture.Assemble("aarch64-apple-darwin", Assembly);
    private static readonly ObjectFile Fixture = MachOObjectReader.Read(Object, "arm64.o");

    private static ObjectSection Section(string name) => Fixture.Sections.Single(s => s.Name == name);

    private static ObjectRelocation At(string section, long offset) => Section(section).Relocations.Single(r => r.Offset == offset);

    private static uint Word(int offset) => BitConverter.ToUInt32(Section("__TEXT,__text").Bytes, offset);

    [Fact]
    public void A_got_page_load_is_a_got_load_page21_against_the_symbol_without_addend()
    {
        Assert.Equal(new ObjectRelocation(0, "ARM64_RELOC_GOT_LOAD_PAGE21", "_g", null, 0), At("__TEXT,__text", 0));
    }

    [Fact]
    public void A_got_slot_load_is_a_got_load_pageoff12_against_the_symbol_without_addend()
    {
        Assert.Equal(new ObjectRelocation(4, "ARM64_RELOC_GOT_LOAD_PAGEOFF12", "_g", null, 0), At("__TEXT,__text", 4));
    }

    [Fact]
    public void A_branch_with_an_offset_takes_its_addend_from_the_addend_entry_before_it()
    {
        Assert.Equal(new ObjectRelocation(12, "ARM64_RELOC_BRANCH26", "_k", null, 8), At("__TEXT,__text", 12));
    }

    [Fact]
    public void A_call_is_a_branch26_against_the_symbol()
    {
        Assert.Equal(new ObjectRelocation(16, "ARM64_RELOC_BRANCH26", "_h", null, 0), At("__TEXT,__text", 16));
    }

    [Fact]
    public void The_addend_entry_is_no_relocation_of_its_own()
    {
        Assert.DoesNotContain(Section("__TEXT,__text").Relocations, r => r.Type == "ARM64_RELOC_ADDEND");
        Assert.Equal(4, Section("__TEXT,__text").Relocations.Count);
    }

    [Fact]
    public void Instruction_words_keep_their_opcodes_with_a_zero_field()
    {
        Assert.Equal(0x90000008u, Word(0)); // adrp x8, 0
        Assert.Equal(0xF9400108u, Word(4)); // ldr x8, [x8]
        Assert.Equal(0x14000000u, Word(12)); // b 0
        Assert.Equal(0x94000000u, Word(16)); // bl 0
    }

    [Fact]
    public void A_pointer_in_data_keeps_its_stored_addend_and_is_cleared()
    {
        Assert.Equal(new ObjectRelocation(0, "ARM64_RELOC_UNSIGNED", "_g", null, 16), At("__DATA,__data", 0));
        Assert.Equal(new byte[8], Section("__DATA,__data").Bytes[0..8]);
    }

    [Fact]
    public void A_defined_symbol_is_its_offset_in_its_section()
    {
        Assert.Contains(new ObjectSymbol("_f", Section("__TEXT,__text").Index, 0), Fixture.Symbols);
    }
}
