using StencilBench.Harness.Cli;

namespace StencilBench.Harness.Targets;

/// <summary>
/// The targets <c>run --target</c> names: <c>host</c> (the default), a triple, or <c>all</c>,
/// repeatable. The host's matrix runs when the host is among them; every other target gets
/// per-target codegen rows (and execution or emulated checks where possible).
/// </summary>
public sealed record TargetSelection(string Host, IReadOnlyList<string> Triples)
{
    public const string HostWord = "host", AllWord = "all";

    /// <summary>An unknown word is a <see cref="UserError"/> naming the known targets.</summary>
    public static TargetSelection Parse(IReadOnlyList<string>? words, string host, IReadOnlyList<string> known)
    {
        var chosen = new List<string>();
        foreach (string word in words is { Count: > 0 } ? words : [HostWord])
        {
            IEnumerable<string> these = word switch
            {
                HostWord => [host],
                AllWord => known,
                _ when known.Contains(word) => [word],
                _ => throw new UserError($"--target {word}: unknown target (known: {HostWord}, {AllWord}, {string.Join(", ", known)})"),
            };
            chosen.AddRange(these.Where(t => !chosen.Contains(t)));
        }
        return new(host, [.. chosen.OrderBy(t => t != host).ThenBy(t => t, StringComparer.Ordinal)]);
    }

    /// <summary>The host's own matrix is asked for.</summary>
    public bool IncludesHost => Triples.Contains(Host);

    /// <summary>The targets besides the host's.</summary>
    public IReadOnlyList<string> Others => [.. Triples.Where(t => t != Host)];
}
