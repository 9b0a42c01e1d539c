using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>x86-64: how each hole kind its stencils use is written, and how wide it is.</summary>
public sealed unsafe class X86_64Architecture : IArchitecture
{
    public string Name => "x86_64";

    public string TriplePrefix => "x86_64";

    public HoleFormats Holes { get; } = new("x86_64",
    [
        new(HoleKind.Absolute64, 8),
        new(HoleKind.Absolute32, 4),
        new(HoleKind.Absolute32Signed, 4),
        new(HoleKind.Relative32, 4),
        new(HoleKind.X86_64GotRelative32, 4, X86_64Relaxations.GotLoads),
    ]);

    public void Patch(HoleKind kind, byte* location, ulong value) => X86_64HolePatcher.Patch(kind, location, value, 0);

    public void Emit(StencilSet set, ulong[] symbols, NativeTrace trace, TraceLayout layout, byte* write, nint run) =>
        TraceEmitter.Emit<X86_64HolePatcher>(set, symbols, trace, layout, write, run);
}
