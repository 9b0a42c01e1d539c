using System.Collections.Immutable;

namespace StencilBench.Core.Values;

/// <summary>A Python tuple.</summary>
public sealed record TupleValue(ImmutableArray<Value> Items) : Value
{
    public TupleValue(IEnumerable<Value> items)
        : this(items.ToImmutableArray())
    {
    }

    public override string TypeName => "tuple";

    public bool Equals(TupleValue? other) => other is not null && SequenceFormat.ItemsEqual(Items, other.Items);

    public override int GetHashCode() => 17 * SequenceFormat.ItemsHash(Items);

    public override string ToString() =>
        Items.Length == 1 ? "(" + Items[0] + ",)" : "(" + SequenceFormat.Join(Items) + ")";
}
