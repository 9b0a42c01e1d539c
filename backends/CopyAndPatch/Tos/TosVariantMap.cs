namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// The variants of a top-of-stack cached stencil set (generated: TosVariantMap.g.cs). A uop has
/// either one variant per input depth 0..<paramref name="MaxDepth"/> in a row from its first, or
/// only a depth-0 one (its body uses the stack in memory).
/// </summary>
/// <param name="First">By uop id: its first variant.</param>
/// <param name="Depths">By uop id: how many input depths it has variants for (1 or MaxDepth + 1).</param>
/// <param name="InDepth">By variant: the values cached on entry.</param>
/// <param name="OutDepth">By variant: the values cached when it continues.</param>
/// <param name="Spill">By depth: the variant that writes that many cached values to the stack (-1 for 0).</param>
public sealed record TosVariantMap(int MaxDepth, int[] First, int[] Depths, int[] InDepth, int[] OutDepth, int[] Spill)
{
    /// <summary>Whether <paramref name="uop"/> can be entered with values cached.</summary>
    public bool Caches(int uop) => Depths[uop] > 1;

    /// <summary>The variant of <paramref name="uop"/> entered at <paramref name="depth"/>.</summary>
    public int Variant(int uop, int depth) => depth < Depths[uop]
        ? First[uop] + depth
        : throw new ArgumentOutOfRangeException(nameof(depth), depth, $"uop {uop} has no variant at depth {depth}");
}
