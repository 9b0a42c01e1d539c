using System.Collections.Immutable;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// An instruction rewrite a patch function makes when its target is in direct reach (a linker's
/// relaxation), as data: the bytes just before the hole that, under <see cref="Mask"/>, equal
/// <see cref="Match"/> become <see cref="Rewrite"/> (a null keeps the byte). Same length: the code
/// after it does not move.
/// </summary>
/// <param name="Name">What it turns the instruction into, for <c>disasm</c>'s marks.</param>
public sealed record Relaxation(string Name, ImmutableArray<byte> Mask, ImmutableArray<byte> Match, ImmutableArray<byte?> Rewrite)
{
    public int Length => Match.Length;

    public unsafe bool Matches(byte* hole)
    {
        for (int i = 0; i < Length; i++)
        {
            if ((hole[i - Length] & Mask[i]) != Match[i])
            {
                return false;
            }
        }
        return true;
    }

    public unsafe void Apply(byte* hole)
    {
        for (int i = 0; i < Length; i++)
        {
            if (Rewrite[i] is byte b)
            {
                hole[i - Length] = b;
            }
        }
    }

    /// <summary>True when the bytes before the hole are this rewrite's: the patch relaxed the instruction.</summary>
    public unsafe bool WasApplied(byte* hole)
    {
        for (int i = 0; i < Length; i++)
        {
            if (Rewrite[i] is byte b && hole[i - Length] != b)
            {
                return false;
            }
        }
        return true;
    }
}
