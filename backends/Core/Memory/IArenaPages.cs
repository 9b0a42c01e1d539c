namespace StencilBench.Core.Memory;

/// <summary>One mapping an arena carves blocks from: its write view and its run view (the same address, or two views of one file).</summary>
public sealed record ArenaSegment(nint Write, nint Run, int Size, FreeList Free);

/// <summary>
/// How a <see cref="CodeArena"/> gets its pages and turns a block executable: the part that
/// differs between a pooled arena (one mapping, mprotect per block) and a dual-mapped one
/// (two views, no system call per block).
/// </summary>
public interface IArenaPages
{
    /// <summary>The arena's allocation unit in bytes: a page when blocks are flipped with mprotect.</summary>
    int Unit { get; }

    /// <summary>Maps a new segment of <paramref name="size"/> bytes (a whole number of pages).</summary>
    (nint Write, nint Run) Map(int size);

    /// <summary>Unmaps a segment <see cref="Map"/> made.</summary>
    void Unmap(nint write, nint run, int size);

    /// <summary>Makes a written block executable (after the instruction cache is flushed).</summary>
    void Seal(nint run, int size);

    /// <summary>Makes a freed block writable and no longer executable, ready to be handed out again.</summary>
    void Release(nint run, int size);
}
