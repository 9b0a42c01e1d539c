namespace StencilBench.Frontend.Compiling;

/// <summary>The blocks of one function in layout order, from the entry block along <c>Next</c>.</summary>
internal sealed class ControlFlowGraph(BasicBlock entry)
{
    public BasicBlock Entry { get; } = entry;

    public IEnumerable<BasicBlock> Blocks
    {
        get
        {
            for (BasicBlock? b = Entry; b is not null; b = b.Next)
            {
                yield return b;
            }
        }
    }

    public void ClearVisited()
    {
        foreach (BasicBlock b in Blocks)
        {
            b.Visited = false;
        }
    }

    /// <summary>The first non-empty block from <paramref name="b"/> on, or null.</summary>
    public static BasicBlock? NextNonEmpty(BasicBlock? b)
    {
        while (b is not null && b.Instrs.Count == 0)
        {
            b = b.Next;
        }
        return b;
    }
}
