using System.Collections.Immutable;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>An architecture's hole formats (widths, relaxations), indexed by <see cref="HoleKind"/>.</summary>
public sealed class HoleFormats
{
    private readonly ImmutableArray<HoleFormat?> _byKind;

    public HoleFormats(string architecture, IEnumerable<HoleFormat> formats)
    {
        var byKind = new HoleFormat?[Enum.GetValues<HoleKind>().Length];
        foreach (var f in formats)
        {
            byKind[(int)f.Kind] = byKind[(int)f.Kind] is null ? f : throw new ArgumentException($"{architecture}: two formats for {f.Kind}");
        }
        _byKind = [.. byKind];
        Architecture = architecture;
    }

    public string Architecture { get; }

    /// <summary>The kinds this architecture can patch.</summary>
    public IEnumerable<HoleFormat> All => _byKind.OfType<HoleFormat>();

    public bool Has(HoleKind kind) => _byKind[(int)kind] is not null;

    public HoleFormat this[HoleKind kind] =>
        _byKind[(int)kind] ?? throw new InvalidOperationException($"copy-and-patch: {Architecture} has no format for {kind}");
}
