using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.Coff;

/// <summary>
/// How the i686-pc-windows-msvc target turns COFF relocations into holes: a DIR32 against an
/// import's pointer (<c>__imp__X</c>) is the absolute address of a 4-byte GOT slot holding X (its
/// "_" gone), a REL32 is a displacement, and a relocation it does not know is one line.
/// </summary>
public class I686StencilRuleTests
{
    private static readonly Target I686 = Targets.Get("i686-pc-windows-msvc");

    // call *__imp__sb_dealloc; jmp __JIT_CONTINUE
    private static readonly byte[] CallThenContinue = [0xFF, 0x15, 0, 0, 0, 0, 0xE9, 0, 0, 0, 0];

    // call *__imp__sb_dealloc; call *__imp__sb_int_from_i64
    private static readonly byte[] TwoCalls = [0xFF, 0x15, 0, 0, 0, 0, 0xFF, 0x15, 0, 0, 0, 0];

    private static GeneratedGroup Build(byte[] code, params ObjectRelocation[] relocations) =>
        new StencilBuilder(I686).Build("_TEST", 0, new ObjectFile(
            [new ObjectSection(1, ".text", SectionKind.Code, [.. code], 16, relocations)], []), []);

    private static ObjectRelocation Dir32(int offset, string symbol) => new(offset, "IMAGE_REL_I386_DIR32", symbol, null, 0);

    [Fact]
    public void A_call_through_an_import_addresses_a_slot_holding_the_runtime_symbol_without_its_underscore()
    {
        var group = Build(CallThenContinue, Dir32(2, "__imp__sb_dealloc"), new(7, "IMAGE_REL_I386_REL32", "__JIT_CONTINUE", null, -4));
        Assert.Equal(new GeneratedHole(0, "Absolute32", "Symbol", "sb_dealloc", 0), Assert.Single(group.Data.Holes));
        Assert.Equal(new GeneratedHole(2, "Absolute32", "Data", null, 0), group.Code.Holes[0]);
    }

    [Fact]
    public void Its_slots_are_four_bytes_apart()
    {
        var group = Build(TwoCalls, Dir32(2, "__imp__sb_dealloc"), Dir32(8, "__imp__sb_int_from_i64"));
        Assert.Equal([0, 4], group.Data.Holes.Select(h => h.Offset));
    }

    [Fact]
    public void A_jump_to_the_next_uop_is_a_displacement_and_the_trailing_jump()
    {
        var group = Build(CallThenContinue, Dir32(2, "__imp__sb_dealloc"), new(7, "IMAGE_REL_I386_REL32", "__JIT_CONTINUE", null, -4));
        Assert.Equal(new GeneratedHole(7, "Relative32", "Continue", null, -4), group.Code.Holes[1]);
        Assert.Equal(5, group.TrailingJumpLength);
    }

    [Fact]
    public void A_relocation_the_target_does_not_know_stops_the_build_naming_it_and_the_stencil()
    {
        var e = Assert.Throws<FormatException>(() => Build(CallThenContinue, new ObjectRelocation(2, "IMAGE_REL_I386_SECREL", "_x", null, 0)));
        Assert.Equal("stencil _TEST: unknown relocation IMAGE_REL_I386_SECREL at code offset 0x2 (against _x) for i686-pc-windows-msvc", e.Message);
    }
}
