namespace StencilBench.Frontend.Compiling;

/// <summary>A basic block of the flow graph, linked in layout order by <see cref="Next"/>.</summary>
internal sealed class BasicBlock
{
    public List<CfgInstr> Instrs { get; } = [];

    public BasicBlock? Next { get; set; }

    /// <summary>Whether some jump targets this block (CPython's <c>b_label</c> is set).</summary>
    public bool IsLabelled { get; set; }

    public int Predecessors { get; set; }

    public bool Visited { get; set; }

    /// <summary>The stack depth on entry; -1 until computed.</summary>
    public int StartDepth { get; set; } = -1;

    /// <summary>Bit i set: local i may be unbound on entry (the uninitialised-load analysis).</summary>
    public ulong UnsafeLocals { get; set; }

    public CfgInstr? Last => Instrs.Count > 0 ? Instrs[^1] : null;

    /// <summary>Control can run off the block's end into <see cref="Next"/>.</summary>
    public bool HasFallthrough =>
        Last is not { } last || !(OpcodeFacts.IsScopeExit(last.Op) || OpcodeFacts.IsUnconditionalJump(last.Op));

    public bool ExitsScope => Last is { } last && OpcodeFacts.IsScopeExit(last.Op);

    public bool HasNoLineNumbers => Instrs.All(i => i.Line < 0);

    public bool HasEvalBreak => Instrs.Any(i => OpcodeFacts.HasEvalBreak(i.Op));
}
