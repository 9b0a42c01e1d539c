using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython's <c>insert_superinstructions</c>: LOAD_FAST + LOAD_FAST, STORE_FAST + LOAD_FAST and
/// STORE_FAST + STORE_FAST on one line, both locals below 16, fuse into one instruction with
/// <c>first &lt;&lt; 4 | second</c> (the second becomes a NOP, then removed).
/// </summary>
internal static class SuperinstructionPass
{
    public static void Run(ControlFlowGraph g)
    {
        foreach (BasicBlock b in g.Blocks)
        {
            for (int i = 0; i + 1 < b.Instrs.Count; i++)
            {
                CfgInstr inst = b.Instrs[i];
                CfgInstr next = b.Instrs[i + 1];
                Opcode? super = (inst.Op, next.Op) switch
                {
                    (Opcode.LOAD_FAST, Opcode.LOAD_FAST) => Opcode.LOAD_FAST_LOAD_FAST,
                    (Opcode.STORE_FAST, Opcode.LOAD_FAST) => Opcode.STORE_FAST_LOAD_FAST,
                    (Opcode.STORE_FAST, Opcode.STORE_FAST) => Opcode.STORE_FAST_STORE_FAST,
                    _ => null,
                };
                if (super is { } op && !(inst.Line >= 0 && next.Line >= 0 && inst.Line != next.Line)
                    && inst.Arg < 16 && next.Arg < 16)
                {
                    inst.Set(op, (inst.Arg << 4) | next.Arg);
                    next.MakeNop();
                }
            }
        }
        RedundancyPass.Nops(g);
    }
}
