
namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython's <c>calculate_stackdepth</c>: the stack depth on entry to every reachable block, and the
/// function's maximum. Two paths reaching a block with different depths are a compiler bug.
/// </summary>
internal static class StackDepthPass
{
    public static int Run(ControlFlowGraph g)
    {
        foreach (BasicBlock b in g.Blocks)
        {
            b.StartDepth = -1;
        }
        var stack = new Stack<BasicBlock>();
        int max = 0;
        Push(stack, g.Entry, 0);
        while (stack.Count > 0)
        {
            BasicBlock b = stack.Pop();
            int depth = b.StartDepth;
            bool fallsThrough = true;
            foreach (CfgInstr instr in b.Instrs)
            {
                if (instr.IsJump)
                {
                    int target = depth + OpcodeFacts.StackEffect(instr.Op, instr.Arg, jump: true);
                    max = Math.Max(max, target);
                    Push(stack, instr.Target!, target);
                }
                depth += OpcodeFacts.StackEffect(instr.Op, instr.Arg, jump: false);
                max = Math.Max(max, depth);
                if (OpcodeFacts.IsUnconditionalJump(instr.Op) || OpcodeFacts.IsScopeExit(instr.Op))
                {
                    fallsThrough = false;
                    break;
                }
            }
            if (fallsThrough && b.Next is { } next)
            {
                Push(stack, next, depth);
            }
        }
        return max;
    }

    private static void Push(Stack<BasicBlock> stack, BasicBlock b, int depth)
    {
        if (b.StartDepth < 0)
        {
            b.StartDepth = depth;
            stack.Push(b);
        }
        else if (b.StartDepth != depth)
        {
            throw new InvalidOperationException(
                $"compiler bug: a block is reached with stack depths {b.StartDepth} and {depth}");
        }
    }
}
