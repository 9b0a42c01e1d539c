namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// The copy-and-patch ablation variants that are registered: each one switch (or all the winning
/// switches together) and the colour it is drawn in. A variant is added here only once it works:
/// the differential tests then hold it to the interpreter like every backend.
/// </summary>
public static class CopyAndPatchVariants
{
    /// <summary>The registered variants, in display order.</summary>
    public static IReadOnlyList<(CopyAndPatchOptions Options, string Colour)> Registered { get; } =
    [
        (CopyAndPatchOptions.Default with { BurnIn = false }, "#c49c94"),
        (CopyAndPatchOptions.Default with { TosCaching = true }, "#e377c2"),
        (CopyAndPatchOptions.Default with { HotCold = true }, "#9edae5"),
        (new CopyAndPatchOptions(Memory: CodeMemoryStrategy.PooledArena), "#c7c7c7"),
        (new CopyAndPatchOptions(Memory: CodeMemoryStrategy.DualMapped), "#f7b6d2"),
        (new CopyAndPatchOptions(Memory: CodeMemoryStrategy.NearArena), "#dbdb8d"),
    ];

    /// <summary>Display orders of variants start here (after every strategy).</summary>
    public const int FirstDisplayOrder = 100;
}
