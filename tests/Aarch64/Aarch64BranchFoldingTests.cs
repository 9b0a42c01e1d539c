using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.Aarch64;

/// <summary>
/// An aarch64 guard's end, <c>b.cond +8; b _JIT_CONTINUE; b _JIT_JUMP_TARGET</c> (the condition
/// skips to the exit), becomes one conditional branch, of the same condition, to the jump target,
/// falling through to the next uop; any other end is left as it is. The same on Linux (ELF) and
/// darwin (Mach-O).
/// </summary>
public class Aarch64BranchFoldingTests
{
    private const uint BNe8 = 0x54000041;   // b.ne #8
    private const uint Cbz8 = 0xB4000048;   // cbz x8, #8
    private const uint B = 0x14000000;      // b #0
    private const uint CmpX8X9 = 0xEB09011F; // cmp x8, x9

    private static byte[] Words(params uint[] words) => [.. words.SelectMany(BitConverter.GetBytes)];

    private static GeneratedGroup Build(string triple, byte[] code, string continueSymbol, string targetSymbol, string kind) =>
        new StencilBuilder(Targets.Get(triple)).Build("_TEST", 0, new ObjectFile(
            [new ObjectSection(1, triple.Contains("darwin", StringComparison.Ordinal) ? "__TEXT,__text" : ".text", SectionKind.Code, code, 4,
                [new(code.Length - 8, kind, continueSymbol, null, 0), new(code.Length - 4, kind, targetSymbol, null, 0)])], []), []);

    private static GeneratedGroup Linux(params uint[] words) =>
        Build("aarch64-unknown-linux-gnu", Words(words), "_JIT_CONTINUE", "_JIT_JUMP_TARGET", "R_AARCH64_JUMP26");

    [Fact]
    public void A_guard_becomes_one_branch_of_the_same_condition_to_its_jump_target()
    {
        var group = Linux(CmpX8X9, BNe8, B, B);
        Assert.Equal(Words(CmpX8X9, 0x54000001), group.Code.Body); // b.ne, imm19 left for the hole
        Assert.Equal(new GeneratedHole(4, "Aarch64CondBranch19", "JumpTarget", null, 0), Assert.Single(group.Code.Holes));
    }

    [Fact]
    public void A_folded_guard_falls_through_to_the_next_uop_with_no_trailing_jump() =>
        Assert.Equal(0, Linux(CmpX8X9, BNe8, B, B).TrailingJumpLength);

    [Fact]
    public void Cbz_keeps_its_register_and_sense() =>
        Assert.Equal(Words(0xB4000008), Linux(Cbz8, B, B).Code.Body);

    [Fact]
    public void A_conditional_branch_that_skips_elsewhere_is_left_alone()
    {
        var group = Linux(CmpX8X9, 0x54000061, B, B); // b.ne #12: not the guard's shape
        Assert.Equal(16, group.Code.Body.Length);
        Assert.Equal(2, group.Code.Holes.Count);
    }

    [Fact]
    public void A_darwin_guard_is_folded_the_same_way()
    {
        var group = Build("aarch64-apple-darwin", Words(CmpX8X9, BNe8, B, B), "__JIT_CONTINUE", "__JIT_JUMP_TARGET", "ARM64_RELOC_BRANCH26");
        Assert.Equal(Words(CmpX8X9, 0x54000001), group.Code.Body);
        Assert.Equal("Aarch64CondBranch19", Assert.Single(group.Code.Holes).Kind);
    }

    [Fact]
    public void A_guard_whose_other_check_also_branches_to_the_exit_is_left_alone()
    {
        var group = Linux(0x54000061, BNe8, B, B); // b.ne #12 reaches the final b as well
        Assert.Equal(16, group.Code.Body.Length);
        Assert.Equal(["Aarch64Branch26", "Aarch64Branch26"], group.Code.Holes.Select(h => h.Kind));
    }
}
