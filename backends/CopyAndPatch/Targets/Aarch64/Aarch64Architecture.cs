using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>aarch64: how each hole kind its stencils use is written; every hole is one 4-byte instruction word or an 8-byte slot.</summary>
public sealed unsafe class Aarch64Architecture : IArchitecture
{
    public string Name => "aarch64";

    public string TriplePrefix => "aarch64";

    public HoleFormats Holes { get; } = new("aarch64",
    [
        new(HoleKind.Absolute64, 8),
        new(HoleKind.Aarch64Branch26, 4),
        new(HoleKind.Aarch64CondBranch19, 4),
        new(HoleKind.Aarch64AdrpPage21, 4),
        new(HoleKind.Aarch64Load64PageOffset12, 4),
    ]);

    public void Patch(HoleKind kind, byte* location, ulong value) => Aarch64HolePatcher.Patch(kind, location, value, 0);

    public void Emit(StencilSet set, ulong[] symbols, NativeTrace trace, TraceLayout layout, byte* write, nint run) =>
        TraceEmitter.Emit<Aarch64HolePatcher>(set, symbols, trace, layout, write, run);
}
