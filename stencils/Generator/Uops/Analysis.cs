using System.Text.RegularExpressions;

namespace StencilBench.Generator.Uops;

/// <summary>
/// What the generator infers from a uop's body, as CPython's generator does: which fields it
/// reads and how it can leave the straight line. The names match <c>UopFlags</c> in C#.
/// </summary>
public static partial class Analysis
{
    [GeneratedRegex(@"\boparg\b")]
    private static partial Regex OpargWord();

    [GeneratedRegex(@"\boperand0\b")]
    private static partial Regex OperandWord();

    public static bool UsesOparg(UopDefinition d) =>
        OpargWord().IsMatch(d.Body) || d.PeeksOparg || d.Inputs.Any(i => i.IsOpargArray);

    public static bool UsesOperand(UopDefinition d) => OperandWord().IsMatch(d.Body);

    public static IReadOnlyList<string> Flags(UopDefinition d)
    {
        var flags = new List<string>();
        if (UsesOparg(d))
        {
            flags.Add("UsesOparg");
        }
        if (UsesOperand(d))
        {
            flags.Add("UsesOperand");
        }
        if (d.Body.Contains("DEOPT_IF(", StringComparison.Ordinal))
        {
            flags.Add("CanDeopt");
        }
        if (d.Body.Contains("EXIT_IF(", StringComparison.Ordinal))
        {
            flags.Add("CanExit");
        }
        if (d.Body.Contains("ERROR_IF(", StringComparison.Ordinal))
        {
            flags.Add("CanError");
        }
        if (d.Body.Contains("JUMP_TO_JUMP_TARGET(", StringComparison.Ordinal))
        {
            flags.Add("Jumps");
        }
        if (d.Body.Contains("GOTO_TIER_ONE(", StringComparison.Ordinal))
        {
            flags.Add("LeavesTrace");
        }
        if (d.Body.Contains("SYNC_SP()", StringComparison.Ordinal))
        {
            flags.Add("PopsBeforeExit");
        }
        return flags;
    }

    /// <summary>The fixed part of the pops; oparg arrays count separately.</summary>
    public static int FixedPops(UopDefinition d) => d.Inputs.Count(i => !i.IsOpargArray);

    public static int OpargPops(UopDefinition d) => d.Inputs.Count(i => i.IsOpargArray);

    public static IReadOnlyList<ExpandedUop> Expand(IReadOnlyList<UopDefinition> defs)
    {
        var all = new List<ExpandedUop>();
        foreach (var d in defs)
        {
            all.Add(new ExpandedUop(all.Count, d.Name, d, null));
            for (int k = 0; k < d.Replicate; k++)
            {
                all.Add(new ExpandedUop(all.Count, $"{d.Name}_{k}", d, k));
            }
        }
        return all;
    }
}
