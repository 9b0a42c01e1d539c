namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython's <c>inline_small_or_no_lineno_blocks</c>: a block ending in an unconditional jump to a
/// small exit block (at most four instructions, ending in a return) or to a block without line
/// numbers that cannot fall through gets a copy of that block instead of the jump.
/// </summary>
internal static class BlockInliningPass
{
    private const int MaxCopySize = 4;

    public static void Run(ControlFlowGraph g)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (BasicBlock b in g.Blocks)
            {
                changed |= InlineInto(b);
            }
        }
        while (changed);
    }

    private static bool InlineInto(BasicBlock b)
    {
        if (b.Last is not { } last || !OpcodeFacts.IsUnconditionalJump(last.Op))
        {
            return false;
        }
        BasicBlock target = last.Target!;
        bool smallExit = target.ExitsScope && target.Instrs.Count <= MaxCopySize;
        bool noLinenoNoFallthrough = target.HasNoLineNumbers && !target.HasFallthrough;
        if (!smallExit && !noLinenoNoFallthrough)
        {
            return false;
        }
        var removedJump = last.Op;
        last.MakeNop();
        b.Instrs.AddRange(target.Instrs.Select(i => i.Clone()));
        if (noLinenoNoFallthrough && b.Last is { } newLast && OpcodeFacts.IsUnconditionalJump(newLast.Op)
            && removedJump == PseudoOp.Jump)
        {
            // Keep the eval-breaker check of the jump that was removed.
            newLast.Op = PseudoOp.Jump;
        }
        target.Predecessors--;
        return true;
    }
}
