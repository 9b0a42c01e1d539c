using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython 3.14's <c>optimize_load_fast</c>: LOAD_FAST (and LOAD_FAST_LOAD_FAST) become the
/// borrowing forms when an abstract interpretation of each block proves the pushed reference is
/// consumed within the block, is never stored into a local, and its local is not overwritten while
/// it is on the stack. References still on the stack at a block's end stay strong.
/// </summary>
internal static class BorrowedLoadsPass
{
    private const int NotLocal = -1;
    private const int DummyInstr = -1;

    [Flags]
    private enum Violation
    {
        None = 0,
        SupportKilled = 1,
        StoredAsLocal = 2,
        RefUnconsumed = 4,
    }

    private readonly record struct Ref(int Instr, int Local);

    public static void Run(ControlFlowGraph g)
    {
        g.ClearVisited();
        var work = new Stack<BasicBlock>();
        g.Entry.StartDepth = 0;
        g.Entry.Visited = true;
        work.Push(g.Entry);
        while (work.Count > 0)
        {
            Block(work.Pop(), work);
        }
    }

    private static void Block(BasicBlock block, Stack<BasicBlock> work)
    {
        var flags = new Violation[block.Instrs.Count];
        var refs = new List<Ref>();
        for (int i = 0; i < block.StartDepth; i++)
        {
            refs.Add(new Ref(DummyInstr, NotLocal));
        }
        for (int i = 0; i < block.Instrs.Count; i++)
        {
            CfgInstr instr = block.Instrs[i];
            int arg = instr.Arg;
            switch (instr.Op)
            {
                case Opcode.LOAD_FAST:
                    refs.Add(new Ref(i, arg));
                    break;
                case Opcode.LOAD_FAST_LOAD_FAST:
                    refs.Add(new Ref(i, arg >> 4));
                    refs.Add(new Ref(i, arg & 15));
                    break;
                case Opcode.STORE_FAST:
                    Store(flags, refs, arg, Pop(refs));
                    break;
                case Opcode.STORE_FAST_LOAD_FAST:
                    Store(flags, refs, arg >> 4, Pop(refs));
                    refs.Add(new Ref(i, arg & 15));
                    break;
                case Opcode.STORE_FAST_STORE_FAST:
                    Store(flags, refs, arg >> 4, Pop(refs));
                    Store(flags, refs, arg & 15, Pop(refs));
                    break;
                case Opcode.COPY:
                    refs.Add(refs[refs.Count - arg]);
                    break;
                case Opcode.SWAP:
                    (refs[^1], refs[^arg]) = (refs[^arg], refs[^1]);
                    break;
                case Opcode.LIST_EXTEND:
                    Pop(refs);
                    break;
                case Opcode.FOR_ITER:
                    PushBlock(work, instr.Target!);
                    refs.Add(new Ref(i, NotLocal));
                    break;
                default:
                    int popped = OpcodeFacts.Popped(instr.Op, arg);
                    int pushed = OpcodeFacts.Pushed(instr.Op, arg);
                    if (instr.IsJump)
                    {
                        PushBlock(work, instr.Target!);
                    }
                    for (int j = 0; j < popped; j++)
                    {
                        Pop(refs);
                    }
                    for (int j = 0; j < pushed; j++)
                    {
                        refs.Add(new Ref(i, NotLocal));
                    }
                    break;
            }
        }
        if (block.Last is { } term && block.Next is { } next
            && !(OpcodeFacts.IsUnconditionalJump(term.Op) || OpcodeFacts.IsScopeExit(term.Op)))
        {
            PushBlock(work, next);
        }
        foreach (Ref r in refs.Where(r => r.Instr != DummyInstr))
        {
            flags[r.Instr] |= Violation.RefUnconsumed;
        }
        for (int i = 0; i < block.Instrs.Count; i++)
        {
            CfgInstr instr = block.Instrs[i];
            if (flags[i] == Violation.None)
            {
                instr.Op = instr.Op switch
                {
                    Opcode.LOAD_FAST => Opcode.LOAD_FAST_BORROW,
                    Opcode.LOAD_FAST_LOAD_FAST => Opcode.LOAD_FAST_BORROW_LOAD_FAST_BORROW,
                    _ => instr.Op,
                };
            }
        }
    }

    private static Ref Pop(List<Ref> refs)
    {
        Ref r = refs[^1];
        refs.RemoveAt(refs.Count - 1);
        return r;
    }

    private static void Store(Violation[] flags, List<Ref> refs, int local, Ref r)
    {
        foreach (Ref live in refs.Where(x => x.Local == local))
        {
            flags[live.Instr] |= Violation.SupportKilled;
        }
        if (r.Instr != DummyInstr)
        {
            flags[r.Instr] |= Violation.StoredAsLocal;
        }
    }

    /// <summary>Queues a successor once; its entry depth is the one <see cref="StackDepthPass"/> found.</summary>
    private static void PushBlock(Stack<BasicBlock> work, BasicBlock target)
    {
        if (!target.Visited)
        {
            target.Visited = true;
            work.Push(target);
        }
    }
}
