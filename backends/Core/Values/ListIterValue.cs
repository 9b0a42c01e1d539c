namespace StencilBench.Core.Values;

/// <summary>A list iterator as CPython keeps it: the index of the next item, and the list (null once exhausted).</summary>
public sealed record ListIterValue(long Index, ListValue? Seq) : Value
{
    public override string TypeName => "list_iterator";

    /// <summary>A fresh iterator reads as <c>iter([...])</c>; one part way through names its index.</summary>
    public override string ToString() => Seq is null ? "<list_iterator exhausted>"
        : Index == 0 ? $"iter({Seq})"
        : $"<list_iterator at {Index} of {Seq}>";
}
