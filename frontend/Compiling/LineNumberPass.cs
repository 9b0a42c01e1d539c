namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython's <c>resolve_line_numbers</c>: exit blocks without a line number that several jumps reach
/// are duplicated so that each has one predecessor, and then every instruction without a line takes
/// the line of the instruction before it (a block's first, from its only predecessor).
/// </summary>
internal static class LineNumberPass
{
    public static void Run(ControlFlowGraph g)
    {
        DuplicateExitsWithoutLineno(g);
        Propagate(g);
    }

    private static bool IsExitOrEvalCheckWithoutLineno(BasicBlock b) =>
        (b.ExitsScope || b.HasEvalBreak) && b.HasNoLineNumbers;

    private static void DuplicateExitsWithoutLineno(ControlFlowGraph g)
    {
        // The walk follows Next live, as CPython's: a copy made here is visited in its turn.
        for (BasicBlock? b = g.Entry; b is not null; b = b.Next)
        {
            if (b.Last is not { } last || !last.IsJump)
            {
                continue;
            }
            BasicBlock? target = ControlFlowGraph.NextNonEmpty(last.Target);
            if (target is not null && IsExitOrEvalCheckWithoutLineno(target) && target.Predecessors > 1)
            {
                var copy = new BasicBlock { IsLabelled = true, Predecessors = 1, Next = target.Next };
                copy.Instrs.AddRange(target.Instrs.Select(i => i.Clone()));
                copy.Instrs[0].Loc = last.Loc;
                last.Target = copy;
                target.Predecessors--;
                target.Next = copy;
            }
        }
        foreach (BasicBlock b in g.Blocks)
        {
            if (b.HasFallthrough && b.Next is { } next && b.Instrs.Count > 0 && IsExitOrEvalCheckWithoutLineno(next))
            {
                next.Instrs[0].Loc = b.Last!.Loc;
            }
        }
    }

    private static void Propagate(ControlFlowGraph g)
    {
        foreach (BasicBlock b in g.Blocks)
        {
            if (b.Last is not { } last)
            {
                continue;
            }
            var prev = new Bytecode.SourcePos(last.Loc.File, CfgInstr.NoLine, CfgInstr.NoLine);
            foreach (CfgInstr instr in b.Instrs)
            {
                if (instr.Line == CfgInstr.NoLine)
                {
                    instr.Loc = prev;
                }
                else
                {
                    prev = instr.Loc;
                }
            }
            if (b.HasFallthrough && b.Next is { Predecessors: 1 } next && next.Instrs.Count > 0
                && next.Instrs[0].Line == CfgInstr.NoLine)
            {
                next.Instrs[0].Loc = prev;
            }
            if (last.IsJump && last.Target is { Predecessors: 1 } target && target.Instrs.Count > 0
                && target.Instrs[0].Line == CfgInstr.NoLine)
            {
                target.Instrs[0].Loc = prev;
            }
        }
    }
}
