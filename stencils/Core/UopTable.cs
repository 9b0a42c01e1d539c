using System.Collections.Frozen;

namespace StencilBench.Stencils;

/// <summary>Look-ups over the generated uop table (UopTable.g.cs).</summary>
public static partial class UopTable
{
    private static readonly FrozenDictionary<string, UopInfo> ByName =
        All.ToFrozenDictionary(u => u.Name, StringComparer.Ordinal);

    public static bool TryGet(string name, out UopInfo uop) => ByName.TryGetValue(name, out uop!);

    public static UopInfo Get(string name) =>
        TryGet(name, out var uop) ? uop : throw new KeyNotFoundException($"unknown uop '{name}'");
}
