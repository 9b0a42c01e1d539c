using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// 64-bit little-endian POWER (POWER10, ELFv2): how each hole kind its stencils use is written. A
/// branch is one 4-byte word; a PC-relative load is an 8-byte prefixed instruction.
/// </summary>
public sealed unsafe class Ppc64Architecture : IArchitecture
{
    public string Name => "powerpc64le";

    public string TriplePrefix => "powerpc64le";

    public HoleFormats Holes { get; } = new("powerpc64le",
    [
        new(HoleKind.Absolute64, 8),
        new(HoleKind.Ppc64Branch24, 4),
        new(HoleKind.Ppc64Pcrel34, 8),
    ]);

    public void Patch(HoleKind kind, byte* location, ulong value) => Ppc64HolePatcher.Patch(kind, location, value, 0);

    public void Emit(StencilSet set, ulong[] symbols, NativeTrace trace, TraceLayout layout, byte* write, nint run) =>
        TraceEmitter.Emit<Ppc64HolePatcher>(set, symbols, trace, layout, write, run);
}
