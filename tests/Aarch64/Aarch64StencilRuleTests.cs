using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.Aarch64;

/// <summary>
/// How the aarch64 target turns an object's relocations into holes: GOT pairs share one slot in the
/// stencil's data, the trailing branch to the next uop is found, and a relocation it does not know
/// stops the build with one line naming it and the stencil.
/// </summary>
public class Aarch64StencilRuleTests
{
    private static readonly Target Aarch64 = Targets.Get("aarch64-unknown-linux-gnu");

    // adrp x8, :got:sym; ldr x8, [x8, :got_lo12:sym]; blr x8; b _JIT_CONTINUE
    private static readonly byte[] CallThenContinue =
        [0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xF9, 0x00, 0x01, 0x3F, 0xD6, 0x00, 0x00, 0x00, 0x14];

    private static GeneratedGroup Build(params ObjectRelocation[] relocations) =>
        new StencilBuilder(Aarch64).Build("_TEST", 0, new ObjectFile(
            [new ObjectSection(1, ".text", SectionKind.Code, CallThenContinue, 4, relocations)], []), []);

    private static readonly ObjectRelocation[] GotCall =
    [
        new(0, "R_AARCH64_ADR_GOT_PAGE", "sb_int_add", null, 0),
        new(4, "R_AARCH64_LD64_GOT_LO12_NC", "sb_int_add", null, 0),
        new(12, "R_AARCH64_JUMP26", "_JIT_CONTINUE", null, 0),
    ];

    [Fact]
    public void The_adrp_and_ldr_of_one_symbol_share_one_got_slot_holding_its_address()
    {
        var group = Build(GotCall);
        var slot = Assert.Single(group.Data.Holes);
        Assert.Equal(new GeneratedHole(0, "Absolute64", "Symbol", "sb_int_add", 0), slot);
        Assert.Equal(new GeneratedHole(0, "Aarch64AdrpPage21", "Data", null, 0), group.Code.Holes[0]);
        Assert.Equal(new GeneratedHole(4, "Aarch64Load64PageOffset12", "Data", null, 0), group.Code.Holes[1]);
    }

    [Fact]
    public void A_final_branch_to_the_next_uop_is_the_trailing_jump()
    {
        Assert.Equal(4, Build(GotCall).TrailingJumpLength);
    }

    [Fact]
    public void A_final_branch_elsewhere_is_kept()
    {
        Assert.Equal(0, Build(GotCall[0], GotCall[1], new(12, "R_AARCH64_JUMP26", "_JIT_JUMP_TARGET", null, 0)).TrailingJumpLength);
    }

    [Fact]
    public void A_relocation_the_target_does_not_know_stops_the_build_naming_it_and_the_stencil()
    {
        var e = Assert.Throws<FormatException>(() => Build(new ObjectRelocation(8, "R_AARCH64_CONDBR19", "_JIT_JUMP_TARGET", null, 0)));
        Assert.Equal("stencil _TEST: unknown relocation R_AARCH64_CONDBR19 at code offset 0x8 (against _JIT_JUMP_TARGET) for aarch64-unknown-linux-gnu", e.Message);
    }
}
