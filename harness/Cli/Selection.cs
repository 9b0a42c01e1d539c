using System.Globalization;
using System.Numerics;
using StencilBench.Core.Backends;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Model;
using StencilBench.Harness.Backends;

namespace StencilBench.Harness.Cli;

/// <summary>Turns the user's --workload / --backend / --param words into workloads and backends.</summary>
public static class Selection
{
    /// <summary>The tag of workloads the default matrix leaves out (the imported CPython executors).</summary>
    public const string ExtraTag = "extra";

    /// <summary>
    /// Workloads named, or in a group or tag named; when none is named, every workload but those
    /// tagged <see cref="ExtraTag"/>.
    /// </summary>
    public static IReadOnlyList<WorkloadDefinition> Workloads(WorkloadCatalog catalog, IReadOnlyList<string>? filters)
    {
        if (filters is null || filters.Count == 0)
        {
            return catalog.All.Where(w => !(w.Tags ?? []).Contains(ExtraTag)).ToList();
        }
        var chosen = new List<WorkloadDefinition>();
        foreach (string f in filters)
        {
            var matches = TraceFile(f) is { } file ? [file] : catalog.Select(f);
            chosen.AddRange(matches.Where(m => !chosen.Contains(m)));
        }
        return chosen;
    }

    /// <summary>A word naming a <c>.uops</c> file, parsed on its own (outside the catalog); null for any other word.</summary>
    public static WorkloadDefinition? TraceFile(string word)
    {
        if (!word.EndsWith(".uops", StringComparison.Ordinal))
        {
            return null;
        }
        return File.Exists(word) ? TraceFileParser.ParseFile(word) : throw new UserError($"no trace file '{word}'");
    }

    /// <summary>The word for every ablation variant, the strategies they vary and the reference.</summary>
    public const string AblationGroup = "ablation";

    /// <summary>
    /// Backends named (or <c>ablation</c>); every available strategy when none is named (ablation
    /// variants only when asked for). Unknown names throw.
    /// </summary>
    public static IReadOnlyList<IBackend> Backends(BackendRegistry registry, IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0)
        {
            return registry.Default.Where(b => b.Unavailable is null).ToList();
        }
        var chosen = names
            .SelectMany(n => n == AblationGroup ? registry.Ablation : [registry.Get(n)])
            .Distinct()
            .ToList();
        foreach (var b in chosen.Where(b => b.Unavailable is not null))
        {
            throw new UserError($"backend '{b.Name}' is not available here: {b.Unavailable}");
        }
        return chosen;
    }

    /// <summary>--param n=100 --param k=3 as a dictionary.</summary>
    public static IReadOnlyDictionary<string, BigInteger> Params(IReadOnlyList<string>? words)
    {
        var result = new Dictionary<string, BigInteger>(StringComparer.Ordinal);
        foreach (string w in words ?? [])
        {
            int eq = w.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !BigInteger.TryParse(w[(eq + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw new UserError($"--param '{w}': expected NAME=INTEGER");
            }
            result[w[..eq]] = value;
        }
        return result;
    }

    /// <summary>Throws when a param the user gave is declared by none of the chosen workloads (a <c>WORKLOAD.NAME</c> one: not by that workload).</summary>
    public static void CheckParamsAreDeclared(IReadOnlyList<WorkloadDefinition> workloads, IReadOnlyDictionary<string, BigInteger> given)
    {
        foreach (string name in given.Keys.Where(k => !workloads.Any(w => w.Params.Any(p => p.Name == k || $"{w.Name}.{p.Name}" == k))))
        {
            throw new UserError(name.Contains('.', StringComparison.Ordinal)
                ? $"--param {name}: no chosen workload '{name[..name.LastIndexOf('.')]}' has a param '{name[(name.LastIndexOf('.') + 1)..]}'"
                : $"--param {name}: no chosen workload has a param '{name}'");
        }
    }

    /// <summary>
    /// The params <paramref name="w"/> takes out of those the user gave: <c>NAME=V</c> for every
    /// workload that declares NAME, <c>WORKLOAD.NAME=V</c> for that workload only (it wins).
    /// </summary>
    public static IReadOnlyDictionary<string, BigInteger> For(WorkloadDefinition w, IReadOnlyDictionary<string, BigInteger> given)
    {
        var taken = given.Where(p => w.Params.Any(d => d.Name == p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var d in w.Params)
        {
            if (given.TryGetValue($"{w.Name}.{d.Name}", out var own))
            {
                taken[d.Name] = own;
            }
        }
        return taken;
    }
}
