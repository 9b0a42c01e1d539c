namespace StencilBench.Backends.CopyAndPatch;

/// <summary>x86-64: how each hole kind its stencils use is written, and how wide it is.</summary>
public sealed unsafe class X86_64Architecture : IArchitecture
{
    public string Name => "x86_64";

    public string TriplePrefix => "x86_64";

    public HoleFormats Holes { get; } = new("x86_64",
    [
        new(HoleKind.Absolute64, 8, X86_64Patches.Patch64),
        new(HoleKind.Absolute32, 4, X86_64Patches.Patch32),
        new(HoleKind.Absolute32Signed, 4, X86_64Patches.Patch32Signed),
        new(HoleKind.Relative32, 4, X86_64Patches.Patch32Relative),
        new(HoleKind.X86_64GotRelative32, 4, X86_64Patches.Patch32GotRelaxed, X86_64Relaxations.GotLoads),
    ]);
}
