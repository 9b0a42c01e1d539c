namespace StencilBench.Backends.CopyAndPatch;

/// <summary>ppc64: the patch function of each hole kind (<see cref="Ppc64Patches"/>).</summary>
public readonly unsafe struct Ppc64HolePatcher : IHolePatcher
{
    public static void Patch(HoleKind kind, byte* location, ulong value, nint toRun)
    {
        switch (kind)
        {
            case HoleKind.Absolute64:
                // GOT slots in the data: the runtime's functions and objects, oparg, operand, target.
                *(ulong*)location = value;
                break;
            case HoleKind.Ppc64Branch24:
                Ppc64Patches.PatchBranch24(location, value, toRun);
                break;
            case HoleKind.Ppc64Pcrel34:
                Ppc64Patches.PatchPcrel34(location, value, toRun);
                break;
            default:
                throw new InvalidOperationException($"copy-and-patch: powerpc64le has no patch function for {kind}");
        }
    }
}
