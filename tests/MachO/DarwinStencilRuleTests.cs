using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.MachO;

/// <summary>
/// How the x86_64-apple-darwin target turns Mach-O relocations into holes: the same hole kinds as
/// x86-64 Linux, every runtime symbol through a GOT slot, the "_" prefix gone from symbol names,
/// the guard's branches inverted as on Linux, and a relocation it does not know one line.
/// </summary>
public class DarwinStencilRuleTests
{
    private static readonly Target Darwin = Targets.Get("x86_64-apple-darwin");

    // jne _JIT_CONTINUE; jmp _JIT_JUMP_TARGET
    private static readonly byte[] Guard = [0x0F, 0x85, 0, 0, 0, 0, 0xE9, 0, 0, 0, 0];

    // call *_sb_dealloc@GOTPCREL(%rip); jmp _JIT_CONTINUE
    private static readonly byte[] CallThenContinue = [0xFF, 0x15, 0, 0, 0, 0, 0xE9, 0, 0, 0, 0];

    private static GeneratedGroup Build(byte[] code, params ObjectRelocation[] relocations) =>
        new StencilBuilder(Darwin).Build("_TEST", 0, new ObjectFile(
            [new ObjectSection(1, "__TEXT,__text", SectionKind.Code, [.. code], 16, relocations)], []), []);

    [Fact]
    public void A_got_call_reads_a_slot_holding_the_runtime_symbol_without_its_underscore()
    {
        var group = Build(CallThenContinue, new(2, "X86_64_RELOC_GOT", "_sb_dealloc", null, -4), new(7, "X86_64_RELOC_BRANCH", "__JIT_CONTINUE", null, -4));
        Assert.Equal(new GeneratedHole(0, "Absolute64", "Symbol", "sb_dealloc", 0), Assert.Single(group.Data.Holes));
        Assert.Equal(new GeneratedHole(2, "X86_64GotRelative32", "Data", null, -4), group.Code.Holes[0]);
    }

    [Fact]
    public void A_final_branch_to_the_next_uop_is_the_trailing_jump()
    {
        var group = Build(CallThenContinue, new(2, "X86_64_RELOC_GOT", "_sb_dealloc", null, -4), new(7, "X86_64_RELOC_BRANCH", "__JIT_CONTINUE", null, -4));
        Assert.Equal(5, group.TrailingJumpLength);
    }

    [Fact]
    public void A_guard_is_inverted_to_one_branch_to_its_jump_target()
    {
        var group = Build(Guard, new(2, "X86_64_RELOC_BRANCH", "__JIT_CONTINUE", null, -4), new(7, "X86_64_RELOC_BRANCH", "__JIT_JUMP_TARGET", null, -4));
        Assert.Equal(new byte[] { 0x0F, 0x84, 0, 0, 0, 0 }, group.Code.Body);
        Assert.Equal(new GeneratedHole(2, "Relative32", "JumpTarget", null, -4), Assert.Single(group.Code.Holes));
    }

    [Fact]
    public void A_relocation_the_target_does_not_know_stops_the_build_naming_it_and_the_stencil()
    {
        var e = Assert.Throws<FormatException>(() => Build(Guard, new ObjectRelocation(2, "X86_64_RELOC_TLV", "_x", null, -4)));
        Assert.Equal("stencil _TEST: unknown relocation X86_64_RELOC_TLV at code offset 0x2 (against _x) for x86_64-apple-darwin", e.Message);
    }
}
