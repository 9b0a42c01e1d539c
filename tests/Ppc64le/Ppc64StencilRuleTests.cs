using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.Ppc64le;

/// <summary>
/// How the powerpc64le target turns an object's relocations into holes: GOT loads read a slot in
/// the stencil's data, a call to the runtime goes through one trampoline per function in the cold
/// code (loading r12), continuations stay direct, the code is padded to 64 bytes before its trailing
/// branch, PCREL_OPT hints make no hole, and an unknown relocation stops the build in one line.
/// </summary>
public class Ppc64StencilRuleTests
{
    private static readonly Target Ppc64le = Targets.Get("powerpc64le-unknown-linux-gnu");

    // pld r3, _JIT_OPARG@got@pcrel; bl sb_int_add@notoc; bl sb_int_add@notoc; b _JIT_CONTINUE@notoc
    private static readonly byte[] LoadCallCallContinue = Words(0x04100000, 0xE4600000, 0x48000001, 0x48000001, 0x48000000);

    private static byte[] Words(params uint[] words) => [.. words.SelectMany(BitConverter.GetBytes)];

    private static GeneratedGroup Build(params ObjectRelocation[] relocations) =>
        new StencilBuilder(Ppc64le).Build("_TEST", 0, new ObjectFile(
            [new ObjectSection(1, ".text", SectionKind.Code, LoadCallCallContinue, 64, relocations)], []), []);

    private static readonly ObjectRelocation[] LoadAndCalls =
    [
        new(0, "R_PPC64_GOT_PCREL34", "_JIT_OPARG", null, 0),
        new(0, "R_PPC64_PCREL_OPT", "_JIT_OPARG", null, 8),
        new(8, "R_PPC64_REL24_NOTOC", "sb_int_add", null, 0),
        new(12, "R_PPC64_REL24_NOTOC", "sb_int_add", null, 0),
        new(16, "R_PPC64_REL24_NOTOC", "_JIT_CONTINUE", null, 0),
    ];

    [Fact]
    public void A_got_load_reads_a_slot_in_the_data_holding_the_holes_value()
    {
        var group = Build(LoadAndCalls);
        Assert.Equal(new GeneratedHole(0, "Absolute64", "Oparg", null, 0), group.Data.Holes[0]);
        Assert.Equal(new GeneratedHole(0, "Ppc64Pcrel34", "Data", null, 0), group.Code.Holes[0]);
    }

    [Fact]
    public void A_pcrel_opt_hint_makes_no_hole()
    {
        Assert.Equal(new[] { 0, 8, 12, 64 }, Build(LoadAndCalls).Code.Holes.Select(h => h.Offset));
    }

    [Fact]
    public void Calls_to_one_runtime_function_share_one_trampoline_that_loads_r12_from_its_got_slot_and_jumps_through_ctr()
    {
        var group = Build(LoadAndCalls);
        var cold = Assert.IsType<GeneratedStencil>(group.Cold);
        // pld r12, slot@pcrel; mtctr r12; bctr
        Assert.Equal(Words(0x04100000, 0xE5800000, 0x7D8903A6, 0x4E800420), cold.Body);
        Assert.Equal(new GeneratedHole(8, "Absolute64", "Symbol", "sb_int_add", 0), group.Data.Holes[1]);
        Assert.Equal(new GeneratedHole(0, "Ppc64Pcrel34", "Data", null, 8), Assert.Single(cold.Holes));
        Assert.Equal(new GeneratedHole(8, "Ppc64Branch24", "ColdCode", null, 0), group.Code.Holes[1]);
        Assert.Equal(new GeneratedHole(12, "Ppc64Branch24", "ColdCode", null, 0), group.Code.Holes[2]);
    }

    [Fact]
    public void A_branch_to_a_jump_target_stays_direct()
    {
        var group = Build(LoadAndCalls[0], new(16, "R_PPC64_REL24_NOTOC", "_JIT_JUMP_TARGET", null, 0));
        Assert.Null(group.Cold);
        Assert.Contains(new GeneratedHole(16, "Ppc64Branch24", "JumpTarget", null, 0), group.Code.Holes);
    }

    [Fact]
    public void The_code_is_padded_with_nops_to_64_bytes_before_the_trailing_branch_to_the_next_uop()
    {
        var group = Build(LoadAndCalls);
        Assert.Equal(68, group.Code.Body.Length);
        Assert.Equal(4, group.TrailingJumpLength);
        Assert.Equal(new GeneratedHole(64, "Ppc64Branch24", "Continue", null, 0), group.Code.Holes[^1]);
        Assert.Equal(Words(0x60000000), group.Code.Body[20..24]);
        Assert.Equal(Words(0x48000000), group.Code.Body[64..]);
    }

    [Fact]
    public void Code_without_a_trailing_branch_is_padded_to_64_bytes_and_keeps_its_end()
    {
        var group = Build(LoadAndCalls[0], new(16, "R_PPC64_REL24_NOTOC", "_JIT_ERROR_TARGET", null, 0));
        Assert.Equal(64, group.Code.Body.Length);
        Assert.Equal(0, group.TrailingJumpLength);
        Assert.Equal(Words(0x48000000), group.Code.Body[16..20]);
    }

    [Fact]
    public void A_relocation_the_target_does_not_know_stops_the_build_naming_it_and_the_stencil()
    {
        var e = Assert.Throws<FormatException>(() => Build(new ObjectRelocation(8, "R_PPC64_REL14", "_JIT_JUMP_TARGET", null, 0)));
        Assert.Equal("stencil _TEST: unknown relocation R_PPC64_REL14 at code offset 0x8 (against _JIT_JUMP_TARGET) for powerpc64le-unknown-linux-gnu", e.Message);
    }
}
