namespace StencilBench.Core.Memory;

/// <summary>
/// Code memory shared by many traces: segments mapped once by its <see cref="IArenaPages"/>, blocks
/// carved from them first-fit in the pages' unit, freed blocks reused. When no segment has room a
/// new one is mapped (at least <c>segmentSize</c>, more for a larger block): the arena grows, it
/// never fails while the OS has memory.
/// Lifetime: every block holds the arena, so the arena outlives its last block. Disposing it (or
/// its owner's Dispose) unmaps every segment once the last block is disposed; if it is never
/// disposed, the finalizer unmaps them once nothing refers to it (no block can then be running).
/// Thread-safe: one lock per allocate and free.
/// </summary>
public sealed unsafe class CodeArena : ICodeMemory
{
    private readonly IArenaPages _pages;
    private readonly IInstructionCache _cache;
    private readonly int _segmentSize;
    private readonly List<ArenaSegment> _segments = [];
    private readonly Lock _lock = new();
    private int _live;
    private bool _disposed;

    /// <param name="segmentSize">The size of each segment mapped (rounded up to pages).</param>
    public CodeArena(IArenaPages pages, int segmentSize = 1 << 20, IInstructionCache? cache = null)
    {
        _pages = pages;
        _cache = cache ?? HostInstructionCache.Instance;
        _segmentSize = RoundUp(segmentSize, Environment.SystemPageSize);
    }

    ~CodeArena() => UnmapAll();

    /// <summary>The segments mapped now (their run views), oldest first.</summary>
    public IReadOnlyList<(nint Run, int Size)> Mappings
    {
        get
        {
            lock (_lock)
            {
                return [.. _segments.Select(s => (s.Run, s.Size))];
            }
        }
    }

    /// <summary>Blocks handed out and not yet disposed.</summary>
    public int LiveBlocks => Volatile.Read(ref _live);

    public ICodeBlock Allocate(int size)
    {
        int unit = _pages.Unit;
        int units = Math.Max(1, (size + unit - 1) / unit);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            foreach (var segment in _segments)
            {
                int start = segment.Free.Take(units);
                if (start >= 0)
                {
                    return Hand(segment, start, units);
                }
            }
            var grown = Grow(units * unit);
            return Hand(grown, grown.Free.Take(units), units);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            if (_live == 0)
            {
                UnmapAll();
            }
        }
        GC.SuppressFinalize(this);
    }

    private ArenaSegment Grow(int bytes)
    {
        int size = Math.Max(_segmentSize, RoundUp(bytes, Environment.SystemPageSize));
        var (write, run) = _pages.Map(size);
        var segment = new ArenaSegment(write, run, size, new FreeList(size / _pages.Unit));
        _segments.Add(segment);
        return segment;
    }

    private Block Hand(ArenaSegment segment, int start, int units)
    {
        _live++;
        int offset = start * _pages.Unit;
        return new Block(this, segment, start, units, (byte*)(segment.Write + offset), segment.Run + offset, units * _pages.Unit);
    }

    private void Return(Block block)
    {
        lock (_lock)
        {
            if (block.IsExecutable)
            {
                _pages.Release(block.Run, block.Size);
            }
            block.Segment.Free.Give(block.Start, block.Units);
            _live--;
            if (_disposed && _live == 0)
            {
                UnmapAll();
            }
        }
    }

    private void Seal(Block block)
    {
        _cache.Flush(block.Run, (nuint)block.Size);
        _pages.Seal(block.Run, block.Size);
    }

    private void UnmapAll()
    {
        foreach (var s in _segments)
        {
            _pages.Unmap(s.Write, s.Run, s.Size);
        }
        _segments.Clear();
    }

    private static int RoundUp(int value, int to) => (value + to - 1) / to * to;

    private sealed class Block(CodeArena arena, ArenaSegment segment, int start, int units, byte* write, nint run, int size) : ICodeBlock
    {
        private bool _freed;

        public ArenaSegment Segment => segment;
        public int Start => start;
        public int Units => units;

        public byte* Write => IsExecutable
            ? throw new InvalidOperationException("the code is already executable: it can no longer be written")
            : write;

        public nint Run => run;
        public int Size => size;
        public bool IsExecutable { get; private set; }

        public void MakeExecutable()
        {
            arena.Seal(this);
            IsExecutable = true;
        }

        public void Dispose()
        {
            if (!_freed)
            {
                _freed = true;
                arena.Return(this);
            }
        }
    }
}
