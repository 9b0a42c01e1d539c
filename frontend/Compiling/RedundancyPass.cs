using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython's NOP and jump clean-ups: a NOP goes unless it alone carries a line number; a constant
/// load or <c>COPY 1</c> directly popped goes with its POP_TOP; an unconditional jump to the next
/// non-empty block goes.
/// </summary>
internal static class RedundancyPass
{
    /// <summary><c>remove_redundant_nops_and_jumps</c>: both, until neither changes anything.</summary>
    public static void NopsAndJumps(ControlFlowGraph g)
    {
        while (Nops(g) + Jumps(g) > 0)
        {
        }
    }

    public static int Nops(ControlFlowGraph g) => g.Blocks.Sum(BlockNops);

    /// <summary><c>remove_redundant_nops_and_pairs</c>.</summary>
    public static void NopsAndPairs(ControlFlowGraph g)
    {
        bool done = false;
        while (!done)
        {
            done = true;
            CfgInstr? instr = null;
            foreach (BasicBlock b in g.Blocks)
            {
                BlockNops(b);
                if (b.IsLabelled)
                {
                    instr = null;
                }
                foreach (CfgInstr current in b.Instrs)
                {
                    CfgInstr? prev = instr;
                    instr = current;
                    bool pair = current.Op == Opcode.POP_TOP && prev is not null
                        && (OpcodeFacts.LoadsConst(prev.Op) || (prev.Op == Opcode.COPY && prev.Arg == 1));
                    if (pair)
                    {
                        prev!.MakeNop();
                        current.MakeNop();
                        done = false;
                    }
                }
                if ((instr is not null && instr.IsJump) || !b.HasFallthrough)
                {
                    instr = null;
                }
            }
        }
    }

    private static int Jumps(ControlFlowGraph g)
    {
        int changes = 0;
        foreach (BasicBlock b in g.Blocks)
        {
            if (b.Last is { } last && OpcodeFacts.IsUnconditionalJump(last.Op)
                && ControlFlowGraph.NextNonEmpty(last.Target) == ControlFlowGraph.NextNonEmpty(b.Next))
            {
                last.MakeNop();
                changes++;
            }
        }
        return changes;
    }

    private static int BlockNops(BasicBlock b)
    {
        var kept = new List<CfgInstr>();
        int prevLine = CfgInstr.NoLine;
        for (int src = 0; src < b.Instrs.Count; src++)
        {
            CfgInstr instr = b.Instrs[src];
            int line = instr.Line;
            if (instr.Op == Opcode.NOP && Removable(b, src, line, prevLine))
            {
                continue;
            }
            kept.Add(instr);
            prevLine = line;
        }
        int removed = b.Instrs.Count - kept.Count;
        b.Instrs.Clear();
        b.Instrs.AddRange(kept);
        return removed;
    }

    private static bool Removable(BasicBlock b, int src, int line, int prevLine)
    {
        if (line < 0 || prevLine == line)
        {
            return true;
        }
        if (src < b.Instrs.Count - 1)
        {
            CfgInstr next = b.Instrs[src + 1];
            if (next.Line == line)
            {
                return true;
            }
            if (next.Line < 0)
            {
                next.Loc = b.Instrs[src].Loc;
                return true;
            }
            return false;
        }
        BasicBlock? following = ControlFlowGraph.NextNonEmpty(b.Next);
        if (following is null)
        {
            return false;
        }
        CfgInstr? first = following.Instrs.FirstOrDefault(i => !(i.Op == Opcode.NOP && i.Line < 0));
        return first is not null && first.Line == line;
    }
}
