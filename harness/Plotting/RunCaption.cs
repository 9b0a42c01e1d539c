using StencilBench.Harness.Results;

namespace StencilBench.Harness.Plotting;

/// <summary>The caption text of a chart: which run or runs its figures come from.</summary>
public static class RunCaption
{
    /// <summary>"run R · commit C[ dirty] · CPU · M mode", from the run's metadata row.</summary>
    public static string Of(ResultSet set) => set.First is { } m ? Of(m) : $"{set.Path}: no metadata";

    /// <summary>Several runs: how many, and every machine and mode among them.</summary>
    public static string Of(IReadOnlyList<ResultSet> runs)
    {
        var firsts = runs.Select(r => r.First).OfType<SummaryRow>().ToList();
        string machines = string.Join(", ", firsts.Select(m => m.Cpu).Distinct(StringComparer.Ordinal));
        string modes = string.Join("/", firsts.Select(m => m.Mode).Distinct(StringComparer.Ordinal));
        return $"{firsts.Count} runs · {machines} · {modes} mode";
    }

    private static string Of(SummaryRow m) =>
        $"run {m.RunId} · commit {m.Commit[..Math.Min(7, m.Commit.Length)]}{(m.Dirty ? " dirty" : "")} · {m.Cpu} · {m.Mode} mode";
}
