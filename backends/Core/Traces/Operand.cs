using StencilBench.Core.Values;

namespace StencilBench.Core.Traces;

/// <summary>A uop's <c>operand0</c> before the trace is loaded.</summary>
public abstract record Operand;

/// <summary>A plain 64-bit operand (e.g. <c>_SET_IP</c>'s instruction pointer).</summary>
public sealed record RawOperand(ulong Value) : Operand
{
    public static RawOperand Zero { get; } = new(0);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The constant of <c>_LOAD_CONST_INLINE[_BORROW]</c>: the runtime object is made when the trace is loaded.</summary>
public sealed record ConstantOperand(Value Value) : Operand
{
    public override string ToString() => Value.ToString();
}

/// <summary>An index into the runtime's <c>_BINARY_OP_EXTEND</c> descriptor table (<c>sb_binary_op_extend_descr</c>).</summary>
public sealed record DescriptorOperand(int Index) : Operand
{
    public override string ToString() => Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
