namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython's <c>remove_unreachable</c>: counts each block's predecessors by a walk from the entry and
/// empties the blocks the walk never reaches.
/// </summary>
internal static class ReachabilityPass
{
    public static void Run(ControlFlowGraph g)
    {
        foreach (BasicBlock b in g.Blocks)
        {
            b.Predecessors = 0;
        }
        g.ClearVisited();
        var stack = new Stack<BasicBlock>();
        g.Entry.Predecessors = 1;
        g.Entry.Visited = true;
        stack.Push(g.Entry);
        while (stack.Count > 0)
        {
            BasicBlock b = stack.Pop();
            if (b.Next is { } next && b.HasFallthrough)
            {
                Visit(next, stack);
            }
            foreach (CfgInstr instr in b.Instrs)
            {
                if (instr.IsJump)
                {
                    Visit(instr.Target!, stack);
                }
            }
        }
        foreach (BasicBlock b in g.Blocks)
        {
            if (b.Predecessors == 0)
            {
                b.Instrs.Clear();
            }
        }
    }

    private static void Visit(BasicBlock target, Stack<BasicBlock> stack)
    {
        if (!target.Visited)
        {
            target.Visited = true;
            stack.Push(target);
        }
        target.Predecessors++;
    }
}
