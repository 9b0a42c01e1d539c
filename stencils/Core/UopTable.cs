using System.Collections.Frozen;

namespace StencilBench.Stencils;

/// <summary>Look-ups over the generated uop table (UopTable.g.cs).</summary>
public static partial class UopTable
{
    public static bool TryGet(string name, out UopInfo uop) => Index.ByName.TryGetValue(name, out uop!);

    public static UopInfo Get(string name) =>
        TryGet(name, out var uop) ? uop : throw new KeyNotFoundException($"unknown uop '{name}'");

    // A nested class, so the index is built after All: the initialisers of a partial class's
    // static fields run in file order, and UopTable.g.cs comes after this file.
    private static class Index
    {
        public static readonly FrozenDictionary<string, UopInfo> ByName =
            All.ToFrozenDictionary(u => u.Name, StringComparer.Ordinal);
    }
}
