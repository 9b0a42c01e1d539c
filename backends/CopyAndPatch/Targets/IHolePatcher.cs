namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// An architecture's patch dispatch: which patch function writes a hole of each kind. A struct
/// with a static method, so <see cref="TraceEmitter.Emit{TPatcher}"/> is compiled once per
/// architecture with the switch and the patch functions inlined — a delegate per hole cost
/// copy-and-patch's inner loop more than the patching itself.
/// </summary>
public unsafe interface IHolePatcher
{
    /// <summary>
    /// Writes <paramref name="value"/> into the hole of that kind at <paramref name="location"/>; throws for a kind it has no patch function for.
    /// <paramref name="toRun"/> is the run address less the write address (0 unless the code is written through an alias):
    /// displacements are computed from where the code will run.
    /// </summary>
    static abstract void Patch(HoleKind kind, byte* location, ulong value, nint toRun);
}
