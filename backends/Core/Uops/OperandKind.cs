namespace StencilBench.Core.Uops;

/// <summary>What a uop's <c>operand0</c> is, inferred from how its body casts it.</summary>
public enum OperandKind
{
    /// <summary>The body does not read operand0.</summary>
    None,
    /// <summary>A plain 64-bit value (<c>(int64_t)operand0</c>, e.g. <c>_SET_IP</c>).</summary>
    Raw,
    /// <summary>An object reference (<c>(SbObject *)operand0</c>): the trace gives a constant.</summary>
    Constant,
    /// <summary>A <c>_BINARY_OP_EXTEND</c> descriptor (<c>(const SbBinaryOpDescr *)operand0</c>).</summary>
    Descriptor,
}
