namespace StencilBench.Core.Values;

/// <summary>Python's <c>None</c>.</summary>
public sealed record NoneValue : Value
{
    private NoneValue()
    {
    }

    public static NoneValue Instance { get; } = new();

    public override string TypeName => "NoneType";

    public override string ToString() => "None";
}
