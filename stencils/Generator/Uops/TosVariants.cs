namespace StencilBench.Generator.Uops;

/// <summary>
/// One stencil of the top-of-stack cached set: a uop entered with <paramref name="InDepth"/> stack
/// values in registers and left with <paramref name="OutDepth"/>, or (<paramref name="Uop"/> null)
/// the spill that writes <paramref name="InDepth"/> cached values to the stack.
/// </summary>
/// <param name="Plain">The uop's own case (executor_cases.c.h) at depth 0: its body uses the stack itself.</param>
public sealed record TosVariant(int Id, string Name, ExpandedUop? Uop, int InDepth, int OutDepth, bool Plain);

/// <summary>
/// The variants of the top-of-stack cached stencil set (CPython 3.15's stack caching in miniature):
/// each uop whose body touches its stack items only by name gets one variant per input depth
/// 0..<see cref="MaxDepth"/>; any other uop only a depth-0 one. Spills end the set.
/// </summary>
public static class TosVariants
{
    /// <summary>The most stack values kept in registers (tos0..tos2).</summary>
    public const int MaxDepth = 3;

    public static IReadOnlyList<TosVariant> For(IReadOnlyList<ExpandedUop> uops)
    {
        var all = new List<TosVariant>();
        foreach (var u in uops)
        {
            if (!IsCacheable(u.Definition))
            {
                all.Add(new(all.Count, $"{u.Name}__tos0", u, 0, 0, Plain: true));
                continue;
            }
            for (int d = 0; d <= MaxDepth; d++)
            {
                all.Add(new(all.Count, $"{u.Name}__tos{d}", u, d, OutDepth(u.Definition, d), Plain: false));
            }
        }
        for (int d = 1; d <= MaxDepth; d++)
        {
            all.Add(new(all.Count, $"_TOS_SPILL__tos{d}", null, d, 0, Plain: false));
        }
        return all;
    }

    /// <summary>
    /// A body that names the stack pointer, leaves the trace, pops an oparg-sized run, peeks by
    /// oparg or pushes an unwritten value needs the stack in memory.
    /// </summary>
    public static bool IsCacheable(UopDefinition d) =>
        !d.Body.Contains("stack_pointer", StringComparison.Ordinal)
        && !d.Body.Contains("GOTO_TIER_ONE", StringComparison.Ordinal)
        && !d.PeeksOparg
        && !d.Inputs.Any(i => i.IsOpargArray)
        && !d.Outputs.Where((o, i) => o.IsUnused && !(i < d.Inputs.Count && d.Inputs[i].IsUnused)).Any();

    /// <summary>The cached values below the inputs stay; the outputs join them; the deepest beyond the maximum spill.</summary>
    public static int OutDepth(UopDefinition d, int inDepth) =>
        Math.Min(MaxDepth, d.Outputs.Count + Math.Max(0, inDepth - d.Inputs.Count));
}
