namespace StencilBench.Harness.Targets;

/// <summary>
/// How a backend measured for a target other than the run's is named: <c>backend@triple</c>
/// (<c>copy-and-patch@aarch64-unknown-linux-gnu</c>). A name without <c>@</c> is the run's target.
/// </summary>
public static class TargetName
{
    private const char Separator = '@';

    public static string Of(string backend, string triple) => $"{backend}{Separator}{triple}";

    /// <summary>The triple a backend name carries; null for a plain name.</summary>
    public static string? TripleOf(string backend) =>
        backend.IndexOf(Separator, StringComparison.Ordinal) is int at and >= 0 ? backend[(at + 1)..] : null;

    /// <summary>The strategy's own name: the part before <c>@</c>.</summary>
    public static string StrategyOf(string backend) =>
        backend.IndexOf(Separator, StringComparison.Ordinal) is int at and >= 0 ? backend[..at] : backend;
}
