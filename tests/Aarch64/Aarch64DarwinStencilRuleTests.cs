using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.Aarch64;

/// <summary>
/// How the aarch64-apple-darwin target turns Mach-O relocations into holes: the same hole kinds as
/// aarch64 Linux, every runtime symbol through a GOT slot, the "_" prefix gone, the final branch to
/// the next uop found, a relocation it does not know one line; and clang is told to call the runtime
/// through the GOT and to keep nothing below the stack pointer.
/// </summary>
public class Aarch64DarwinStencilRuleTests
{
    private static readonly Target Darwin = Targets.Get("aarch64-apple-darwin");

    // adrp x8, _sb_int_add@GOTPAGE; ldr x8, [x8, _sb_int_add@GOTPAGEOFF]; blr x8; b __JIT_CONTINUE
    private static readonly byte[] CallThenContinue =
        [0x08, 0x00, 0x00, 0x90, 0x08, 0x01, 0x40, 0xF9, 0x00, 0x01, 0x3F, 0xD6, 0x00, 0x00, 0x00, 0x14];

    private static readonly ObjectRelocation[] GotCall =
    [
        new(0, "ARM64_RELOC_GOT_LOAD_PAGE21", "_sb_int_add", null, 0),
        new(4, "ARM64_RELOC_GOT_LOAD_PAGEOFF12", "_sb_int_add", null, 0),
        new(12, "ARM64_RELOC_BRANCH26", "__JIT_CONTINUE", null, 0),
    ];

    private static GeneratedGroup Build(params ObjectRelocation[] relocations) =>
        new StencilBuilder(Darwin).Build("_TEST", 0, new ObjectFile(
            [new ObjectSection(1, "__TEXT,__text", SectionKind.Code, [.. CallThenContinue], 4, relocations)], []), []);

    [Fact]
    public void The_got_pair_of_a_runtime_call_shares_one_slot_holding_the_symbol_without_its_underscore()
    {
        var group = Build(GotCall);
        Assert.Equal(new GeneratedHole(0, "Absolute64", "Symbol", "sb_int_add", 0), Assert.Single(group.Data.Holes));
        Assert.Equal(new GeneratedHole(0, "Aarch64AdrpPage21", "Data", null, 0), group.Code.Holes[0]);
        Assert.Equal(new GeneratedHole(4, "Aarch64Load64PageOffset12", "Data", null, 0), group.Code.Holes[1]);
    }

    [Fact]
    public void A_final_branch_to_the_next_uop_is_the_trailing_jump()
    {
        var group = Build(GotCall);
        Assert.Equal(new GeneratedHole(12, "Aarch64Branch26", "Continue", null, 0), group.Code.Holes[2]);
        Assert.Equal(4, group.TrailingJumpLength);
    }

    [Fact]
    public void A_final_branch_to_the_jump_target_is_kept()
    {
        Assert.Equal(0, Build(GotCall[0], GotCall[1], new(12, "ARM64_RELOC_BRANCH26", "__JIT_JUMP_TARGET", null, 0)).TrailingJumpLength);
    }

    [Fact]
    public void A_relocation_the_target_does_not_know_stops_the_build_naming_it_and_the_stencil()
    {
        var e = Assert.Throws<FormatException>(() => Build(new ObjectRelocation(0, "ARM64_RELOC_PAGE21", "_sb_int_add", null, 0)));
        Assert.Equal("stencil _TEST: unknown relocation ARM64_RELOC_PAGE21 at code offset 0x0 (against _sb_int_add) for aarch64-apple-darwin", e.Message);
    }

    [Fact]
    public void Clang_calls_the_runtime_through_the_got_rather_than_with_a_bl()
    {
        Assert.Contains("-fno-plt", Darwin.AllClangArguments);
        Assert.Contains("-aarch64-macho-enable-nonlazybind", Darwin.AllClangArguments);
    }

    [Fact]
    public void Clang_is_told_to_use_no_red_zone()
    {
        Assert.Contains("-aarch64-redzone=false", Darwin.AllClangArguments);
    }
}
