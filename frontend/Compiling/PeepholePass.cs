using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython's <c>optimize_basic_block</c> for the subset's instructions: jump threading, BUILD_TUPLE +
/// UNPACK_SEQUENCE of two or three into SWAP, constant tuples, lists and operators folded, a
/// LOAD_GLOBAL absorbing the PUSH_NULL after it, COMPARE_OP absorbing TO_BOOL (oparg | 16), and the
/// static application of SWAPs to the stores after them.
/// </summary>
internal static class PeepholePass
{
    private const int MinConstSequenceSize = 3;

    public static void Run(ControlFlowGraph g, ConstantFolder folder)
    {
        foreach (BasicBlock b in g.Blocks)
        {
            Block(b, folder);
            StaticSwaps.Apply(b);
        }
    }

    private static void Block(BasicBlock b, ConstantFolder folder)
    {
        for (int i = 0; i < b.Instrs.Count; i++)
        {
            CfgInstr inst = b.Instrs[i];
            CfgInstr? target = inst.IsJump ? inst.Target!.Instrs.FirstOrDefault() : null;
            CfgInstr? next = i + 1 < b.Instrs.Count ? b.Instrs[i + 1] : null;
            switch (inst.Op)
            {
                case Opcode.BUILD_TUPLE when next is { Op: Opcode.UNPACK_SEQUENCE } && next.Arg == inst.Arg && inst.Arg is >= 1 and <= 3:
                    inst.MakeNop();
                    if (next.Arg == 1)
                    {
                        next.MakeNop();
                    }
                    else
                    {
                        next.Op = Opcode.SWAP;
                    }
                    break;
                case Opcode.BUILD_TUPLE:
                    folder.FoldTuple(b, i);
                    break;
                case Opcode.BUILD_LIST:
                    List(b, i, folder);
                    break;
                case Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE when target?.Op == PseudoOp.Jump:
                    i -= JumpThread(b, inst, target, inst.Op);
                    break;
                case PseudoOp.JumpIfFalse or PseudoOp.JumpIfTrue when target is not null:
                    i -= BoolJumpThread(inst, target, b);
                    break;
                case PseudoOp.Jump or PseudoOp.JumpNoInterrupt when target?.Op == PseudoOp.Jump:
                    i -= JumpThread(b, inst, target, PseudoOp.Jump);
                    break;
                case PseudoOp.Jump or PseudoOp.JumpNoInterrupt when target?.Op == PseudoOp.JumpNoInterrupt:
                    i -= JumpThread(b, inst, target, inst.Op);
                    break;
                case Opcode.STORE_FAST when next is { Op: Opcode.STORE_FAST } && next.Arg == inst.Arg && next.Line == inst.Line:
                    inst.Set(Opcode.POP_TOP, 0);
                    break;
                case Opcode.SWAP when inst.Arg == 1:
                    inst.MakeNop();
                    break;
                case Opcode.LOAD_GLOBAL when next is { Op: Opcode.PUSH_NULL } && (inst.Arg & 1) == 0:
                    inst.Arg |= 1;
                    next.MakeNop();
                    break;
                case Opcode.COMPARE_OP when next is { Op: Opcode.TO_BOOL }:
                    next.Set(Opcode.COMPARE_OP, inst.Arg | 16);
                    inst.MakeNop();
                    break;
                case Opcode.TO_BOOL when next is { Op: Opcode.TO_BOOL }:
                    inst.MakeNop();
                    break;
                case Opcode.UNARY_NOT when next is { Op: Opcode.TO_BOOL }:
                    inst.MakeNop();
                    next.Set(Opcode.UNARY_NOT, 0);
                    break;
                case Opcode.UNARY_NOT when next is { Op: Opcode.UNARY_NOT }:
                    inst.MakeNop();
                    next.MakeNop();
                    break;
                case Opcode.UNARY_NOT or Opcode.UNARY_NEGATIVE:
                    folder.FoldUnary(b, i);
                    break;
                case Opcode.BINARY_OP:
                    folder.FoldBinary(b, i);
                    break;
            }
        }
    }

    /// <summary>The pseudo JUMP_IF_FALSE/TRUE cases: thread through jumps and same-sense tests, skip opposite ones.</summary>
    private static int BoolJumpThread(CfgInstr inst, CfgInstr target, BasicBlock b)
    {
        Opcode opposite = inst.Op == PseudoOp.JumpIfFalse ? PseudoOp.JumpIfTrue : PseudoOp.JumpIfFalse;
        if (target.Op == PseudoOp.Jump || target.Op == inst.Op)
        {
            return JumpThread(b, inst, target, inst.Op);
        }
        if (target.Op == opposite)
        {
            inst.Target = inst.Target!.Next;
            return 1;
        }
        return 0;
    }

    /// <summary>Retargets the block's final jump past the jump it lands on; 1 when it changed (re-examine).</summary>
    private static int JumpThread(BasicBlock b, CfgInstr inst, CfgInstr target, Opcode op)
    {
        if (inst.Target == target.Target)
        {
            return 0;
        }
        inst.MakeNop();
        b.Instrs.Add(new CfgInstr(op, 0, target.Loc, target.Target));
        return 1;
    }

    private static void List(BasicBlock b, int i, ConstantFolder folder)
    {
        CfgInstr build = b.Instrs[i];
        bool iterated = i + 1 < b.Instrs.Count && b.Instrs[i + 1].Op == Opcode.GET_ITER;
        if (build.Arg > 30 || (build.Arg < MinConstSequenceSize && !iterated))
        {
            return;
        }
        if (ConstantFolder.ConstLoadsBefore(b, i, build.Arg) is not { } loads)
        {
            if (iterated)
            {
                build.Op = Opcode.BUILD_TUPLE;
            }
            return;
        }
        var tuple = new Core.Values.TupleValue(loads.Select(folder.ValueOf).ToList());
        foreach (CfgInstr load in loads)
        {
            load.MakeNop();
            load.Loc = load.Loc with { Line = CfgInstr.NoLine, Column = CfgInstr.NoLine };
        }
        if (iterated)
        {
            build.Set(Opcode.LOAD_CONST, folder.Add(tuple));
            return;
        }
        b.Instrs[i - 2].Set(Opcode.BUILD_LIST, 0);
        b.Instrs[i - 2].Loc = build.Loc;
        b.Instrs[i - 1].Set(Opcode.LOAD_CONST, folder.Add(tuple));
        build.Set(Opcode.LIST_EXTEND, 1);
    }
}
