using StencilBench.Frontend.Tier1;

namespace StencilBench.Frontend.Running;

/// <summary>How a call ended: a value (its repr) or a Python exception (its type name).</summary>
public sealed record CallResult(string Text)
{
    public static CallResult Of(object value) => new("= " + ValueConversion.Repr(value));

    public static CallResult Raised(PythonError error) => new("raises " + error.TypeName);

    public override string ToString() => Text;
}
