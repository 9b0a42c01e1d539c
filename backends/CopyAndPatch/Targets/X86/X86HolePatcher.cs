namespace StencilBench.Backends.CopyAndPatch;

/// <summary>32-bit x86: the patch function of each hole kind (<see cref="X86Patches"/>).</summary>
public readonly unsafe struct X86HolePatcher : IHolePatcher
{
    public static void Patch(HoleKind kind, byte* location, ulong value, nint toRun)
    {
        switch (kind)
        {
            case HoleKind.Absolute32:
                X86Patches.PatchDir32(location, value);
                break;
            case HoleKind.Relative32:
                X86Patches.PatchRel32(location, value, toRun);
                break;
            default:
                throw new InvalidOperationException($"copy-and-patch: i686 has no patch function for {kind}");
        }
    }
}
