namespace StencilBench.Core.Memory;

/// <summary>
/// First-fit allocation of units (bytes, pages...) within one fixed range [0, capacity), with
/// freed ranges merged with their neighbours: an arena's bookkeeping, with no memory of its own.
/// Not thread-safe: its owner locks.
/// </summary>
public sealed class FreeList
{
    // Free ranges, sorted by start, never touching (neighbours are merged).
    private readonly List<(int Start, int Length)> _free;

    public FreeList(int capacity)
    {
        Capacity = capacity;
        _free = [(0, capacity)];
    }

    public int Capacity { get; }

    /// <summary>The start of <paramref name="length"/> free units, or -1 when no free range is that long.</summary>
    public int Take(int length)
    {
        for (int i = 0; i < _free.Count; i++)
        {
            var (start, free) = _free[i];
            if (free >= length)
            {
                if (free == length)
                {
                    _free.RemoveAt(i);
                }
                else
                {
                    _free[i] = (start + length, free - length);
                }
                return start;
            }
        }
        return -1;
    }

    /// <summary>Returns units taken by <see cref="Take"/>.</summary>
    public void Give(int start, int length)
    {
        int i = 0;
        while (i < _free.Count && _free[i].Start < start)
        {
            i++;
        }
        if ((i > 0 && _free[i - 1].Start + _free[i - 1].Length > start) || (i < _free.Count && start + length > _free[i].Start))
        {
            throw new InvalidOperationException($"free list: units {start}..{start + length} are already free");
        }
        bool mergesLeft = i > 0 && _free[i - 1].Start + _free[i - 1].Length == start;
        bool mergesRight = i < _free.Count && start + length == _free[i].Start;
        if (mergesLeft && mergesRight)
        {
            _free[i - 1] = (_free[i - 1].Start, _free[i - 1].Length + length + _free[i].Length);
            _free.RemoveAt(i);
        }
        else if (mergesLeft)
        {
            _free[i - 1] = (_free[i - 1].Start, _free[i - 1].Length + length);
        }
        else if (mergesRight)
        {
            _free[i] = (start, length + _free[i].Length);
        }
        else
        {
            _free.Insert(i, (start, length));
        }
    }

    /// <summary>True when nothing is handed out.</summary>
    public bool IsEmpty => _free.Count == 1 && _free[0] == (0, Capacity);
}
