using StencilBench.Harness.Backends;

namespace StencilBench.Harness.Reporting;

/// <summary>One ablation variant in a run: its name, the strategy it varies, and the switches it changes.</summary>
public sealed record AblationVariant(string Name, string Base, IReadOnlyList<string> Switches)
{
    /// <summary>Which of the talk's technical goals (or which other cost) the variant's switches stand for.</summary>
    public string Goal => Switches.Count == 1
        ? AblationGoals.Of(Switches[0])
        : "all together: " + string.Join(", ", Switches.Select(AblationGoals.Of));
}

/// <summary>
/// The talk's technical goals of copy-and-patch, keyed by the word a variant's name adds
/// (<c>copy-and-patch+tos</c> → <c>tos</c>): the ablation report says what each one buys.
/// </summary>
public static class AblationGoals
{
    private static readonly Dictionary<string, string> Goals = new(StringComparer.Ordinal)
    {
        ["noburnin"] = "burn in constants, caches and arguments (switched off: what burn-in buys is the inverse)",
        ["tos"] = "move data off frames into registers (top-of-stack caching)",
        ["hotcold"] = "bring hot paths in line (hot parts first, cold parts after)",
        ["opt"] = "trace optimizer passes in front of the backend (guards, _SET_IP)",
        ["pool"] = "codegen cost: code memory from a pooled arena",
        ["dualmap"] = "codegen cost: code memory dual-mapped (no system call per trace)",
        ["near"] = "codegen cost: code within ±2 GB of the runtime (direct calls)",
    };

    /// <summary>The goal a switch word stands for; the word itself when it is not one of the talk's.</summary>
    public static string Of(string word) => Goals.GetValueOrDefault(word, word);

    /// <summary>The variants among these backends, in display order: each with the registered strategy it varies.</summary>
    public static IReadOnlyList<AblationVariant> In(IEnumerable<string> backends, BackendLineup lineup) =>
        [.. lineup.Ordered(backends)
            .Select(b => (Name: b, Base: lineup.Find(b)?.VariantOf))
            .Where(v => v.Base is not null && v.Name.StartsWith(v.Base + "+", StringComparison.Ordinal))
            .Select(v => new AblationVariant(v.Name, v.Base!, v.Name[(v.Base!.Length + 1)..].Split('+')))];
}
