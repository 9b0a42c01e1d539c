namespace StencilBench.Backends.CopyAndPatch;

/// <summary>x86-64: the patch function of each hole kind (<see cref="X86_64Patches"/>).</summary>
public readonly unsafe struct X86_64HolePatcher : IHolePatcher
{
    public static void Patch(HoleKind kind, byte* location, ulong value, nint toRun)
    {
        switch (kind)
        {
            case HoleKind.Absolute64:
                X86_64Patches.Patch64(location, value);
                break;
            case HoleKind.Absolute32:
                X86_64Patches.Patch32(location, value);
                break;
            case HoleKind.Absolute32Signed:
                X86_64Patches.Patch32Signed(location, value);
                break;
            case HoleKind.Relative32:
                X86_64Patches.Patch32Relative(location, value, toRun);
                break;
            case HoleKind.X86_64GotRelative32:
                X86_64Patches.Patch32GotRelaxed(location, value, toRun);
                break;
            default:
                throw new InvalidOperationException($"copy-and-patch: x86_64 has no patch function for {kind}");
        }
    }
}
