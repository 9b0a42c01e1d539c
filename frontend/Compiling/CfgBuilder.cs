namespace StencilBench.Frontend.Compiling;

/// <summary>
/// Cuts an instruction sequence into basic blocks as CPython's <c>_PyCfg_FromInstructionSequence</c>:
/// labels first become the index of the instruction they stand before (so labels at one place are
/// one target); a block ends after every jump or return, and a new one starts at every instruction
/// some jump targets (a label no jump names splits nothing). Jump targets become block references.
/// </summary>
internal static class CfgBuilder
{
    public static ControlFlowGraph Build(InstructionSequence sequence)
    {
        var positions = new Dictionary<Label, int>();
        var instrs = new List<SequenceEntry>();
        foreach (SequenceEntry e in sequence.Entries)
        {
            if (e.Marks is { } label)
            {
                positions[label] = instrs.Count;
            }
            else
            {
                instrs.Add(e);
            }
        }
        var targeted = new HashSet<int>(instrs.Where(e => e.Target is not null).Select(e => positions[e.Target!]));
        var blockAt = new Dictionary<int, BasicBlock>();
        var entry = new BasicBlock();
        BasicBlock current = entry;
        var made = new List<CfgInstr>();
        for (int i = 0; i < instrs.Count; i++)
        {
            bool terminated = current.Last is { } last && OpcodeFacts.IsTerminator(last.Op);
            if (targeted.Contains(i))
            {
                terminated |= current.Last is not null || current.IsLabelled;
            }
            if (terminated)
            {
                var block = new BasicBlock();
                current.Next = block;
                current = block;
            }
            if (targeted.Contains(i))
            {
                current.IsLabelled = true;
                blockAt[i] = current;
            }
            SequenceEntry e = instrs[i];
            var instr = new CfgInstr(e.Op, e.Arg, e.Loc);
            current.Instrs.Add(instr);
            made.Add(instr);
        }
        for (int i = 0; i < instrs.Count; i++)
        {
            if (instrs[i].Target is { } target)
            {
                made[i].Target = blockAt[positions[target]];
            }
        }
        return new ControlFlowGraph(entry);
    }
}
