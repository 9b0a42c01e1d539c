using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>
/// The hot/cold pass over a stencil's assembly: the blocks that reach the continuation (and the
/// entry) stay in .text, the others go to the cold section, with jumps added where a block no
/// longer falls into its successor.
/// </summary>
public class HotColdSplitterTests
{
    // A guard: the hot path continues; the deopt path restores a register and jumps to the target.
    private const string Guard = """
        	.text
        _JIT_ENTRY:
        # %bb.0:
        	pushq	%rbp
        	cmpl	$0, 24(%r15)
        	jne	.LBB0_2
        # %bb.1:
        	popq	%rbp
        	jmp	_JIT_CONTINUE                   # TAILCALL
        .LBB0_2:
        	popq	%rbp
        	jmp	_JIT_JUMP_TARGET                # TAILCALL
        .Lfunc_end0:
        	.size	_JIT_ENTRY, .Lfunc_end0-_JIT_ENTRY
        """;

    // The continuation's block comes before the exit's in clang's order, and the exit falls through.
    private const string ContinueFirst = """
        _JIT_ENTRY:
        # %bb.0:
        	testq	%rax, %rax
        	je	.LBB0_2
        # %bb.1:
        	movq	%rax, %rdi
        .LBB0_3:
        	jmp	_JIT_CONTINUE
        .LBB0_2:
        	movq	%r13, %rdi
        	retq
        .Lfunc_end0:
        """;

    [Fact]
    public void The_block_that_cannot_reach_the_continuation_goes_to_the_cold_section()
    {
        var (hot, cold) = Parts(HotColdSplitter.Split(Guard, "guard"));
        Assert.Contains("jmp\t_JIT_CONTINUE", hot);
        Assert.DoesNotContain("_JIT_JUMP_TARGET", hot);
        Assert.Contains(".LBB0_2:", cold);
        Assert.Contains("jmp\t_JIT_JUMP_TARGET", cold);
    }

    // The entry falls into a block that only returns (cold) and branches to the continuation.
    private const string FallsIntoCold = """
        _JIT_ENTRY:
        	testq	%rax, %rax
        	jne	.LBB0_3
        # %bb.1:
        	movq	%r13, %rdi
        	retq
        .LBB0_3:
        	jmp	_JIT_CONTINUE
        .Lfunc_end0:
        """;

    [Fact]
    public void A_hot_block_that_fell_into_a_cold_one_jumps_to_it()
    {
        var (hot, cold) = Parts(HotColdSplitter.Split(FallsIntoCold, "falls-into-cold"));
        Assert.Contains("jmp\t.Lsb_block1", hot);
        Assert.Contains(".Lsb_block1:", cold);
    }

    [Fact]
    public void A_block_that_falls_into_the_continuation_stays_hot()
    {
        string split = HotColdSplitter.Split(ContinueFirst, "continue-first");
        var (hot, cold) = Parts(split);
        Assert.Contains(".Lsb_block1:", hot);
        Assert.Contains(".LBB0_3:", hot);
        Assert.Contains("retq", cold);
        Assert.DoesNotContain("movq\t%rax, %rdi", cold);
    }

    [Fact]
    public void The_entry_stays_first()
    {
        string split = HotColdSplitter.Split(Guard, "guard");
        var lines = split.Split('\n').SkipWhile(l => !l.StartsWith("_JIT_ENTRY:", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.Equal("\tpushq\t%rbp", lines.First(l => !l.TrimStart().StartsWith('.') && !l.TrimStart().StartsWith('#')));
    }

    [Fact]
    public void Assembly_without_the_stencil_function_is_one_error_naming_the_stencil()
    {
        var e = Assert.Throws<FormatException>(() => HotColdSplitter.Split("\t.text\n", "_LOAD_FAST"));
        Assert.Equal("stencil _LOAD_FAST: hot/cold split: no _JIT_ENTRY: ... .Lfunc_end0: in its assembly", e.Message);
    }

    private static (string Hot, string Cold) Parts(string assembly)
    {
        int cold = assembly.IndexOf(HotColdSplitter.ColdSection, StringComparison.Ordinal);
        Assert.True(cold >= 0, "no cold section");
        return (assembly[..cold], assembly[cold..]);
    }
}
