using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.Coff;

/// <summary>
/// How the x86_64-pc-windows-msvc target turns COFF relocations into holes: a REL32 against an
/// import's pointer (<c>__imp_X</c>) reads X from a GOT slot in the stencil's data, any other
/// REL32 is a plain displacement, the guard's branches are inverted as on Linux, and a
/// relocation it does not know is one line.
/// </summary>
public class WindowsStencilRuleTests
{
    private static readonly Target Windows = Targets.Get("x86_64-pc-windows-msvc");

    // jne _JIT_CONTINUE; jmp _JIT_JUMP_TARGET
    private static readonly byte[] Guard = [0x0F, 0x85, 0, 0, 0, 0, 0xE9, 0, 0, 0, 0];

    // call *__imp_sb_dealloc(%rip); jmp _JIT_CONTINUE
    private static readonly byte[] CallThenContinue = [0xFF, 0x15, 0, 0, 0, 0, 0xE9, 0, 0, 0, 0];

    // movzwl __imp__JIT_OPARG(%rip), %eax
    private static readonly byte[] LoadOparg = [0x0F, 0xB7, 0x05, 0, 0, 0, 0];

    private static GeneratedGroup Build(byte[] code, params ObjectRelocation[] relocations) =>
        new StencilBuilder(Windows).Build("_TEST", 0, new ObjectFile(
            [new ObjectSection(1, ".text", SectionKind.Code, [.. code], 16, relocations)], []), []);

    private static ObjectRelocation Rel32(int offset, string symbol) => new(offset, "IMAGE_REL_AMD64_REL32", symbol, null, -4);

    [Fact]
    public void A_call_through_an_import_reads_a_slot_holding_the_runtime_symbol()
    {
        var group = Build(CallThenContinue, Rel32(2, "__imp_sb_dealloc"), Rel32(7, "_JIT_CONTINUE"));
        Assert.Equal(new GeneratedHole(0, "Absolute64", "Symbol", "sb_dealloc", 0), Assert.Single(group.Data.Holes));
        Assert.Equal(new GeneratedHole(2, "X86_64GotRelative32", "Data", null, -4), group.Code.Holes[0]);
    }

    [Fact]
    public void A_holes_value_read_through_its_import_comes_from_a_slot_holding_the_value()
    {
        var group = Build(LoadOparg, Rel32(3, "__imp__JIT_OPARG"));
        Assert.Equal(new GeneratedHole(0, "Absolute64", "Oparg", null, 0), Assert.Single(group.Data.Holes));
        Assert.Equal(new GeneratedHole(3, "X86_64GotRelative32", "Data", null, -4), Assert.Single(group.Code.Holes));
    }

    [Fact]
    public void A_jump_to_the_next_uop_is_a_displacement_and_the_trailing_jump()
    {
        var group = Build(CallThenContinue, Rel32(2, "__imp_sb_dealloc"), Rel32(7, "_JIT_CONTINUE"));
        Assert.Equal(new GeneratedHole(7, "Relative32", "Continue", null, -4), group.Code.Holes[1]);
        Assert.Equal(5, group.TrailingJumpLength);
    }

    [Fact]
    public void A_guard_is_inverted_to_one_branch_to_its_jump_target()
    {
        var group = Build(Guard, Rel32(2, "_JIT_CONTINUE"), Rel32(7, "_JIT_JUMP_TARGET"));
        Assert.Equal(new byte[] { 0x0F, 0x84, 0, 0, 0, 0 }, group.Code.Body);
        Assert.Equal(new GeneratedHole(2, "Relative32", "JumpTarget", null, -4), Assert.Single(group.Code.Holes));
    }

    [Fact]
    public void A_relocation_the_target_does_not_know_stops_the_build_naming_it_and_the_stencil()
    {
        var e = Assert.Throws<FormatException>(() => Build(Guard, new ObjectRelocation(2, "IMAGE_REL_AMD64_SECREL", "x", null, 0)));
        Assert.Equal("stencil _TEST: unknown relocation IMAGE_REL_AMD64_SECREL at code offset 0x2 (against x) for x86_64-pc-windows-msvc", e.Message);
    }
}
