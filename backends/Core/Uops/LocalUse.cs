namespace StencilBench.Core.Uops;

/// <summary>What a uop does to a frame local, inferred from <c>frame->localsplus[...]</c> in its body.</summary>
public enum LocalAccessKind
{
    /// <summary>Reads the local and uses it as a value: the local must be bound.</summary>
    Read,
    /// <summary>Reads the local but copes with it being unbound (checks for NULL, or Sb_XDECREFs it).</summary>
    ReadMaybeUnbound,
    /// <summary>Binds the local to a value.</summary>
    Write,
    /// <summary>Unbinds the local (stores NULL).</summary>
    Clear,
}

/// <summary>Which part of the oparg is the local's index.</summary>
public enum OpargPart
{
    /// <summary><c>oparg</c> (for a replicated spelling, its fixed oparg).</summary>
    Whole,
    /// <summary><c>oparg &gt;&gt; 4</c>: the first of a pair (<c>_LOAD_FAST_LOAD_FAST</c>).</summary>
    High,
    /// <summary><c>oparg &amp; 15</c>: the second of a pair.</summary>
    Low,
}

/// <summary>One access of a uop to a frame local: what it does and which slot the oparg names.</summary>
public readonly record struct LocalUse(LocalAccessKind Kind, OpargPart Index)
{
    /// <summary>The slot this access touches for a given oparg.</summary>
    public int Slot(int oparg) => Index switch
    {
        OpargPart.High => oparg >> 4,
        OpargPart.Low => oparg & 15,
        _ => oparg,
    };
}
