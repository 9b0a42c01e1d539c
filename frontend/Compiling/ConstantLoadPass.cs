using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython's <c>optimize_load_const</c>: LOAD_CONST of an int in 0..255 becomes LOAD_SMALL_INT; a
/// constant followed by a conditional jump decides the jump at compile time; a constant followed
/// by TO_BOOL becomes the constant True or False.
/// </summary>
internal static class ConstantLoadPass
{
    public static void Run(ControlFlowGraph g, ConstTable consts)
    {
        foreach (BasicBlock b in g.Blocks)
        {
            Block(b, consts);
        }
    }

    private static void Block(BasicBlock b, ConstTable consts)
    {
        Opcode op = Opcode.NOP;
        int arg = 0;
        for (int i = 0; i < b.Instrs.Count; i++)
        {
            CfgInstr inst = b.Instrs[i];
            if (inst.Op == Opcode.LOAD_CONST)
            {
                ConstantFolder.TryMakeSmallInt(inst, consts[inst.Arg]);
            }
            bool isCopyOfLoadConst = op == Opcode.LOAD_CONST && inst.Op == Opcode.COPY && inst.Arg == 1;
            if (!isCopyOfLoadConst)
            {
                op = inst.Op;
                arg = inst.Arg;
            }
            if (!OpcodeFacts.LoadsConst(op) || i + 1 >= b.Instrs.Count)
            {
                continue;
            }
            CfgInstr next = b.Instrs[i + 1];
            Value constant = op == Opcode.LOAD_SMALL_INT ? new IntValue(arg) : consts[arg];
            switch (next.Op)
            {
                case Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE or PseudoOp.JumpIfFalse or PseudoOp.JumpIfTrue:
                    bool isTrue = Numbers.Truthy(constant);
                    if (next.Op is Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE)
                    {
                        inst.MakeNop();
                    }
                    bool jumpIfTrue = next.Op is Opcode.POP_JUMP_IF_TRUE or PseudoOp.JumpIfTrue;
                    if (isTrue == jumpIfTrue)
                    {
                        next.Op = PseudoOp.Jump;
                    }
                    else
                    {
                        next.MakeNop();
                    }
                    break;
                case Opcode.TO_BOOL:
                    inst.MakeNop();
                    next.Set(Opcode.LOAD_CONST, consts.Add(BoolValue.Of(Numbers.Truthy(constant))));
                    break;
            }
        }
    }
}
