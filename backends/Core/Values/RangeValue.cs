namespace StencilBench.Core.Values;

/// <summary>A Python range with 64-bit bounds (as the runtime's).</summary>
public sealed record RangeValue(long Start, long Stop, long Step) : Value
{
    public override string TypeName => "range";

    /// <summary>How many values the range yields (Python's <c>len(range)</c>).</summary>
    public long Length
    {
        get
        {
            if (Step > 0 && Start < Stop)
            {
                return (long)(((Int128)Stop - Start - 1) / Step + 1);
            }
            if (Step < 0 && Start > Stop)
            {
                return (long)(((Int128)Start - Stop - 1) / -(Int128)Step + 1);
            }
            return 0;
        }
    }

    /// <summary>A fresh iterator over the range, as <c>iter(range)</c>.</summary>
    public RangeIterValue Iterate() => new(Start, Step, Length);

    public override string ToString() =>
        Step == 1 ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";
}
