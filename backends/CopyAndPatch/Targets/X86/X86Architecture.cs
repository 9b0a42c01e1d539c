using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>32-bit x86 (i686): how each hole kind its stencils use is written; every hole is 4 bytes.</summary>
public sealed unsafe class X86Architecture : IArchitecture
{
    public string Name => "x86";

    public string TriplePrefix => "i686";

    public HoleFormats Holes { get; } = new("i686",
    [
        new(HoleKind.Absolute32, 4),
        new(HoleKind.Relative32, 4),
    ]);

    public void Patch(HoleKind kind, byte* location, ulong value) => X86HolePatcher.Patch(kind, location, value, 0);

    public void Emit(StencilSet set, ulong[] symbols, NativeTrace trace, TraceLayout layout, byte* write, nint run) =>
        TraceEmitter.Emit<X86HolePatcher>(set, symbols, trace, layout, write, run);
}
