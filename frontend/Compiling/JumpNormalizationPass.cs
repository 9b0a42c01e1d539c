using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// The last rewrites before assembly, as CPython's <c>convert_pseudo_conditional_jumps</c> and
/// <c>normalize_jumps</c>: JUMP_IF_FALSE/TRUE become <c>COPY 1; TO_BOOL; POP_JUMP_IF_*</c>; a
/// forward conditional jump gets a NOT_TAKEN after it; a backward one is inverted to jump forward
/// over a new block holding <c>NOT_TAKEN; JUMP</c> back, since conditional jumps only go forward.
/// </summary>
internal static class JumpNormalizationPass
{
    public static void ConvertPseudoConditionalJumps(ControlFlowGraph g)
    {
        foreach (BasicBlock b in g.Blocks)
        {
            for (int i = 0; i < b.Instrs.Count; i++)
            {
                CfgInstr instr = b.Instrs[i];
                if (instr.Op is PseudoOp.JumpIfFalse or PseudoOp.JumpIfTrue)
                {
                    instr.Op = instr.Op == PseudoOp.JumpIfFalse ? Opcode.POP_JUMP_IF_FALSE : Opcode.POP_JUMP_IF_TRUE;
                    b.Instrs.Insert(i, new CfgInstr(Opcode.COPY, 1, instr.Loc));
                    b.Instrs.Insert(i + 1, new CfgInstr(Opcode.TO_BOOL, 0, instr.Loc));
                    i += 2;
                }
            }
        }
    }

    public static void NormalizeJumps(ControlFlowGraph g)
    {
        g.ClearVisited();
        for (BasicBlock? b = g.Entry; b is not null; b = b.Next)
        {
            b.Visited = true;
            Normalize(b);
        }
    }

    private static void Normalize(BasicBlock b)
    {
        if (b.Last is not { } last || !OpcodeFacts.IsConditionalJump(last.Op))
        {
            return;
        }
        if (!last.Target!.Visited)
        {
            b.Instrs.Add(new CfgInstr(Opcode.NOT_TAKEN, 0, last.Loc));
            return;
        }
        var backwards = new BasicBlock { Next = b.Next, StartDepth = last.Target.StartDepth };
        backwards.Instrs.Add(new CfgInstr(Opcode.NOT_TAKEN, 0, last.Loc));
        backwards.Instrs.Add(new CfgInstr(PseudoOp.Jump, 0, last.Loc, last.Target));
        last.Op = last.Op == Opcode.POP_JUMP_IF_FALSE ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE;
        last.Target = b.Next;
        b.Next = backwards;
    }
}
