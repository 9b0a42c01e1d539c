using System.Numerics;
using StencilBench.Core.Values;

namespace StencilBench.Frontend.Tier1;

/// <summary>
/// Between tier 1's mutable objects and the core's <see cref="Value"/> snapshots, which a trace's
/// header is made of and a run's outcome is read back as. A snapshot does not keep identity: two
/// references to one list become two lists (as the trace format's "each value its own object").
/// </summary>
public static class ValueConversion
{
    public static object FromValue(Value value) => value switch
    {
        IntValue i => i.Value,
        FloatValue f => f.Value,
        BoolValue b => b.Value,
        NoneValue => PyNone.Instance,
        ListValue l => new PyList([.. l.Items.Select(FromValue)]),
        TupleValue t => new PyTuple([.. t.Items.Select(FromValue)]),
        RangeValue r => new PyRange(r.Start, r.Stop, r.Step),
        RangeIterValue r => new PyRangeIter(r.Next, r.Step, r.Remaining),
        ListIterValue l => new PyListIter(l.Seq is null ? null : (PyList)FromValue(l.Seq), (int)l.Index),
        _ => throw new ArgumentException($"tier 1 has no object for a {value.TypeName}"),
    };

    /// <summary>The snapshot of an object, or null for one a trace cannot hold (a builtin, a tuple iterator, NULL).</summary>
    public static Value? ToValue(object? value) => value switch
    {
        BigInteger i => new IntValue(i),
        double d => new FloatValue(d),
        bool b => BoolValue.Of(b),
        PyNone => NoneValue.Instance,
        PyList l => ToList(l),
        PyTuple t => ToTuple(t),
        PyRange r => new RangeValue(r.Start, r.Stop, r.Step),
        PyRangeIter r => new RangeIterValue(r.Next, r.Step, r.Remaining),
        PyListIter l => new ListIterValue(l.Index, l.List is null ? null : ToList(l.List)),
        _ => null,
    };

    /// <summary>Python's repr of an object, through its snapshot (the core's values print as repr).</summary>
    public static string Repr(object? value) => ToValue(value)?.ToString() ?? $"<{TypeNames.Of(value)}>";

    private static ListValue? ToList(PyList l)
    {
        var items = l.Items.Select(ToValue).ToList();
        return items.Any(v => v is null) ? null : new ListValue(items!);
    }

    private static TupleValue? ToTuple(PyTuple t)
    {
        var items = t.Items.Select(ToValue).ToList();
        return items.Any(v => v is null) ? null : new TupleValue([.. items!]);
    }
}
