using System.Collections.Immutable;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// How one kind of hole is written: the patch function, the bytes it covers (for <c>disasm</c>'s
/// marks) and the instruction rewrites the patch may make when the target is in direct reach.
/// </summary>
public sealed record HoleFormat(HoleKind Kind, int Width, PatchFunction Patch, ImmutableArray<Relaxation> Relaxations)
{
    public HoleFormat(HoleKind kind, int width, PatchFunction patch)
        : this(kind, width, patch, [])
    {
    }
}
