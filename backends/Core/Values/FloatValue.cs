namespace StencilBench.Core.Values;

/// <summary>
/// A Python float. Equality compares the bits, so that a run must reproduce a result exactly:
/// every NaN equals every NaN, and <c>0.0</c> differs from <c>-0.0</c>.
/// </summary>
public sealed record FloatValue(double Value) : Value
{
    public override string TypeName => "float";

    public bool Equals(FloatValue? other) =>
        other is not null && (double.IsNaN(Value) ? double.IsNaN(other.Value)
            : BitConverter.DoubleToInt64Bits(Value) == BitConverter.DoubleToInt64Bits(other.Value));

    public override int GetHashCode() =>
        double.IsNaN(Value) ? 0x7ff8 : BitConverter.DoubleToInt64Bits(Value).GetHashCode();

    public override string ToString() => PythonFloatFormat.Repr(Value);
}
