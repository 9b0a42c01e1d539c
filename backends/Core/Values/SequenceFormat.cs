using System.Collections.Immutable;

namespace StencilBench.Core.Values;

/// <summary>Structural equality, hashing and repr for the items of a list or tuple.</summary>
internal static class SequenceFormat
{
    public static bool ItemsEqual(ImmutableArray<Value> a, ImmutableArray<Value> b) =>
        a.IsDefaultOrEmpty ? b.IsDefaultOrEmpty : !b.IsDefault && a.AsSpan().SequenceEqual(b.AsSpan());

    public static int ItemsHash(ImmutableArray<Value> items)
    {
        var hash = new HashCode();
        if (!items.IsDefault)
        {
            foreach (Value item in items)
            {
                hash.Add(item);
            }
        }
        return hash.ToHashCode();
    }

    public static string Join(ImmutableArray<Value> items) =>
        items.IsDefault ? "" : string.Join(", ", items.Select(i => i.ToString()));
}
