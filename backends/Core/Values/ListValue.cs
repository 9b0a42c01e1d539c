using System.Collections.Immutable;

namespace StencilBench.Core.Values;

/// <summary>A Python list (immutable here: a snapshot of the runtime's list).</summary>
public sealed record ListValue(ImmutableArray<Value> Items) : Value
{
    public ListValue(IEnumerable<Value> items)
        : this(items.ToImmutableArray())
    {
    }

    public override string TypeName => "list";

    public bool Equals(ListValue? other) => other is not null && SequenceFormat.ItemsEqual(Items, other.Items);

    public override int GetHashCode() => SequenceFormat.ItemsHash(Items);

    public override string ToString() => "[" + SequenceFormat.Join(Items) + "]";
}
