using System.Collections.Frozen;

namespace StencilBench.Core.Uops;

/// <summary>Look-ups over the generated uop table (UopTable.g.cs).</summary>
public static partial class UopTable
{
    public static bool TryGet(string name, out UopInfo uop) => Index.ByName.TryGetValue(name, out uop!);

    public static UopInfo Get(string name) =>
        TryGet(name, out var uop) ? uop : throw new KeyNotFoundException($"unknown uop '{name}'");

    // A nested class, so that the index is built after All, whatever order the partial
    // class's static fields are initialised in.
    private static class Index
    {
        public static readonly FrozenDictionary<string, UopInfo> ByName =
            All.ToFrozenDictionary(u => u.Name, StringComparer.Ordinal);
    }
}
