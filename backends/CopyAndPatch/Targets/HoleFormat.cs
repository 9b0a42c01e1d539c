using System.Collections.Immutable;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// One kind of hole as an architecture writes it: the bytes it covers (for <c>disasm</c>'s marks)
/// and the instruction rewrites its patch function may make when the target is in direct reach.
/// The patch function itself is the architecture's <see cref="IHolePatcher"/>.
/// </summary>
public sealed record HoleFormat(HoleKind Kind, int Width, ImmutableArray<Relaxation> Relaxations)
{
    public HoleFormat(HoleKind kind, int width)
        : this(kind, width, [])
    {
    }
}
