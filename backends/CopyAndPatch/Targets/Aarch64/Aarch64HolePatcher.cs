namespace StencilBench.Backends.CopyAndPatch;

/// <summary>aarch64: the patch function of each hole kind (<see cref="Aarch64Patches"/>).</summary>
public readonly unsafe struct Aarch64HolePatcher : IHolePatcher
{
    public static void Patch(HoleKind kind, byte* location, ulong value, nint toRun)
    {
        switch (kind)
        {
            case HoleKind.Absolute64:
                // GOT slots in the data: the runtime's functions and objects, oparg, operand, target.
                *(ulong*)location = value;
                break;
            case HoleKind.Aarch64Branch26:
                Aarch64Patches.PatchBranch26(location, value, toRun);
                break;
            case HoleKind.Aarch64CondBranch19:
                Aarch64Patches.PatchCondBranch19(location, value, toRun);
                break;
            case HoleKind.Aarch64AdrpPage21:
                Aarch64Patches.PatchAdrpPage21(location, value, toRun);
                break;
            case HoleKind.Aarch64Load64PageOffset12:
                Aarch64Patches.PatchLoad64PageOffset12(location, value);
                break;
            default:
                throw new InvalidOperationException($"copy-and-patch: aarch64 has no patch function for {kind}");
        }
    }
}
