using StencilBench.Core.Traces;

namespace StencilBench.Workloads.Optimizing;

/// <summary>One uop a pass removed or rewrote, by its index in the pass's input trace.</summary>
/// <param name="Index">Its index before the pass.</param>
/// <param name="Uop">Its name before the pass.</param>
/// <param name="Change">What became of it: "removed", or the uop it became.</param>
/// <param name="Why">The fact that made it safe, in a few words.</param>
public sealed record UopChange(int Index, string Uop, string Change, string Why)
{
    public const string Removed = "removed";

    public bool IsGuard { get; init; }
}

/// <summary>What one pass did to a trace.</summary>
/// <param name="Pass">The pass's name.</param>
/// <param name="Before">The trace it was given.</param>
/// <param name="After">The trace it gave back (the same object when nothing changed).</param>
/// <param name="Changes">What it removed or rewrote, by index in <paramref name="Before"/>.</param>
public sealed record PassResult(string Pass, Trace Before, Trace After, IReadOnlyList<UopChange> Changes)
{
    /// <summary>Main-trace uops (exit stubs not counted) before and after.</summary>
    public int UopsBefore => Before.MainLength;

    public int UopsAfter => After.MainLength;

    public int GuardsRemoved => Changes.Count(c => c.IsGuard && c.Change == UopChange.Removed);
}
