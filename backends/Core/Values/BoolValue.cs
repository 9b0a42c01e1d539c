namespace StencilBench.Core.Values;

/// <summary>Python's <c>True</c> or <c>False</c>.</summary>
public sealed record BoolValue(bool Value) : Value
{
    public static BoolValue True { get; } = new(true);

    public static BoolValue False { get; } = new(false);

    public static BoolValue Of(bool value) => value ? True : False;

    public override string TypeName => "bool";

    public override string ToString() => Value ? "True" : "False";
}
