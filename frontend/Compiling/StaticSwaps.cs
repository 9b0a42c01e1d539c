using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython's <c>apply_static_swaps</c>: a SWAP whose operands are then stored (STORE_FAST) or popped
/// (POP_TOP) on one line is removed by swapping those instructions instead. CPython first rewrites a
/// run of several SWAPs into an optimal one (<c>swaptimize</c>); the subset's only runs are
/// augmented subscript assignment's <c>SWAP 3; SWAP 2</c>, already optimal, so that step is left out.
/// </summary>
internal static class StaticSwaps
{
    public static void Apply(BasicBlock b)
    {
        for (int i = 0; i < b.Instrs.Count; i++)
        {
            if (b.Instrs[i].Op != Opcode.SWAP)
            {
                continue;
            }
            int end = i;
            int swaps = 1;
            while (end + 1 < b.Instrs.Count && b.Instrs[end + 1].Op is Opcode.SWAP or Opcode.NOP)
            {
                end++;
                swaps += b.Instrs[end].Op == Opcode.SWAP ? 1 : 0;
            }
            if (swaps > 1)
            {
                i = end;
            }
            ApplyFrom(b, i);
        }
    }

    private static bool Swappable(Opcode op) => op is Opcode.STORE_FAST or Opcode.POP_TOP;

    private static int StoresTo(CfgInstr instr) => instr.Op == Opcode.STORE_FAST ? instr.Arg : -1;

    private static void ApplyFrom(BasicBlock b, int i)
    {
        for (; i >= 0; i--)
        {
            CfgInstr swap = b.Instrs[i];
            if (swap.Op != Opcode.SWAP)
            {
                if (swap.Op == Opcode.NOP || Swappable(swap.Op))
                {
                    continue;
                }
                return;
            }
            int j = NextSwappable(b, i, -1);
            if (j < 0)
            {
                return;
            }
            int k = j;
            int line = b.Instrs[j].Line;
            for (int count = swap.Arg - 1; count > 0; count--)
            {
                k = NextSwappable(b, k, line);
                if (k < 0)
                {
                    return;
                }
            }
            int storeJ = StoresTo(b.Instrs[j]);
            int storeK = StoresTo(b.Instrs[k]);
            if (storeJ >= 0 || storeK >= 0)
            {
                if (storeJ == storeK)
                {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++)
                {
                    int s = StoresTo(b.Instrs[idx]);
                    if (s >= 0 && (s == storeJ || s == storeK))
                    {
                        return;
                    }
                }
            }
            swap.MakeNop();
            (b.Instrs[j], b.Instrs[k]) = (b.Instrs[k], b.Instrs[j]);
        }
    }

    private static int NextSwappable(BasicBlock b, int i, int line)
    {
        while (++i < b.Instrs.Count)
        {
            CfgInstr instr = b.Instrs[i];
            if (line >= 0 && instr.Line != line)
            {
                return -1;
            }
            if (instr.Op == Opcode.NOP)
            {
                continue;
            }
            return Swappable(instr.Op) ? i : -1;
        }
        return -1;
    }
}
