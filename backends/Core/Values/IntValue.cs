using System.Globalization;
using System.Numerics;

namespace StencilBench.Core.Values;

/// <summary>A Python int of any size.</summary>
public sealed record IntValue(BigInteger Value) : Value
{
    public override string TypeName => "int";

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
