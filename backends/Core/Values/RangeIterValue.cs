namespace StencilBench.Core.Values;

/// <summary>A range iterator as CPython keeps it: the next value, the step and how many values are left.</summary>
public sealed record RangeIterValue(long Next, long Step, long Remaining) : Value
{
    public override string TypeName => "range_iterator";

    /// <summary>Written as the expression that makes an iterator in the same state.</summary>
    public override string ToString()
    {
        Int128 stop = Next + (Int128)Step * Remaining;
        return Step == 1 ? $"iter(range({Next}, {stop}))" : $"iter(range({Next}, {stop}, {Step}))";
    }
}
