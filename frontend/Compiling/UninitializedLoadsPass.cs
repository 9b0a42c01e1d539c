using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython's <c>add_checks_for_loads_of_uninitialized_variables</c>: a forward data-flow over the
/// blocks marks which locals may still be unbound; a LOAD_FAST of one becomes LOAD_FAST_CHECK
/// (which raises UnboundLocalError). Parameters are always bound. Locals past the 64th are checked
/// within a block only, as CPython does.
/// </summary>
internal static class UninitializedLoadsPass
{
    public static void Run(ControlFlowGraph g, int nlocals, int nparams)
    {
        if (nlocals == 0)
        {
            return;
        }
        foreach (BasicBlock b in g.Blocks)
        {
            b.UnsafeLocals = 0;
        }
        ManyLocals(g, nlocals);
        g.ClearVisited();
        var stack = new Stack<BasicBlock>();
        ulong start = 0;
        for (int i = nparams; i < Math.Min(nlocals, 64); i++)
        {
            start |= 1UL << i;
        }
        MaybePush(g.Entry, start, stack);
        foreach (BasicBlock b in g.Blocks)
        {
            Scan(b, stack);
        }
        while (stack.Count > 0)
        {
            BasicBlock b = stack.Pop();
            b.Visited = false;
            Scan(b, stack);
        }
    }

    private static void MaybePush(BasicBlock b, ulong mask, Stack<BasicBlock> stack)
    {
        ulong both = b.UnsafeLocals | mask;
        if (b.UnsafeLocals != both)
        {
            b.UnsafeLocals = both;
            if (!b.Visited)
            {
                stack.Push(b);
                b.Visited = true;
            }
        }
    }

    private static void Scan(BasicBlock b, Stack<BasicBlock> stack)
    {
        ulong unsafeMask = b.UnsafeLocals;
        foreach (CfgInstr instr in b.Instrs)
        {
            if (instr.Arg >= 64)
            {
                continue;
            }
            ulong bit = 1UL << instr.Arg;
            switch (instr.Op)
            {
                case Opcode.STORE_FAST or Opcode.LOAD_FAST_CHECK:
                    unsafeMask &= ~bit;
                    break;
                case Opcode.LOAD_FAST:
                    if ((unsafeMask & bit) != 0)
                    {
                        instr.Op = Opcode.LOAD_FAST_CHECK;
                    }
                    unsafeMask &= ~bit;
                    break;
            }
        }
        if (b.Next is { } next && b.HasFallthrough)
        {
            MaybePush(next, unsafeMask, stack);
        }
        if (b.Last is { } last && last.IsJump)
        {
            MaybePush(last.Target!, unsafeMask, stack);
        }
    }

    private static void ManyLocals(ControlFlowGraph g, int nlocals)
    {
        if (nlocals <= 64)
        {
            return;
        }
        var states = new int[nlocals - 64];
        int blockNumber = 0;
        foreach (BasicBlock b in g.Blocks)
        {
            blockNumber++;
            foreach (CfgInstr instr in b.Instrs.Where(i => i.Arg >= 64))
            {
                if (instr.Op == Opcode.STORE_FAST)
                {
                    states[instr.Arg - 64] = blockNumber;
                }
                else if (instr.Op == Opcode.LOAD_FAST)
                {
                    if (states[instr.Arg - 64] != blockNumber)
                    {
                        instr.Op = Opcode.LOAD_FAST_CHECK;
                    }
                    states[instr.Arg - 64] = blockNumber;
                }
            }
        }
    }
}
