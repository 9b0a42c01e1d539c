using System.Numerics;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Tier1;

/// <summary>Lists, tuples and ranges: subscripts, concatenation and repetition, len, iter.</summary>
public static class Sequences
{
    public static object GetItem(object container, object sub)
    {
        object[] items = container switch
        {
            PyList l => [.. l.Items],
            PyTuple t => t.Items,
            _ => throw new PythonError("TypeError", $"'{TypeNames.Of(container)}' object is not subscriptable"),
        };
        return items[Index(container, sub, items.Length)];
    }

    /// <summary>The item of a list at an int index (the fast path BINARY_OP_SUBSCR_LIST_INT takes).</summary>
    public static object GetListItem(PyList list, object sub) => list.Items[Index(list, sub, list.Items.Count)];

    public static void SetItem(object container, object sub, object value)
    {
        if (container is not PyList list)
        {
            throw new PythonError("TypeError", $"'{TypeNames.Of(container)}' object does not support item assignment");
        }
        list.Items[Index(list, sub, list.Items.Count, "list assignment index out of range")] = value;
    }

    private static int Index(object container, object sub, int count, string? outOfRange = null)
    {
        if (!Numbers.IsInt(sub))
        {
            throw new PythonError("TypeError", $"{TypeNames.Of(container)} indices must be integers or slices, not {TypeNames.Of(sub)}");
        }
        BigInteger i = Numbers.AsInt(sub);
        if (i.Sign < 0)
        {
            i += count;
        }
        return i.Sign < 0 || i >= count
            ? throw new PythonError("IndexError", outOfRange ?? $"{TypeNames.Of(container)} index out of range")
            : (int)i;
    }

    /// <summary>+ and * on sequences; null when the operands are not a sequence case.</summary>
    public static object? BinaryOp(int op, object left, object right)
    {
        switch (op, left, right)
        {
            case (BinaryOpArg.Add, PyList a, PyList b):
                return new PyList([.. a.Items, .. b.Items]);
            case (BinaryOpArg.Add, PyTuple a, PyTuple b):
                return new PyTuple([.. a.Items, .. b.Items]);
            case (BinaryOpArg.Multiply, PyList or PyTuple, _) when Numbers.IsInt(right):
                return Repeat(left, Numbers.AsInt(right));
            case (BinaryOpArg.Multiply, _, PyList or PyTuple) when Numbers.IsInt(left):
                return Repeat(right, Numbers.AsInt(left));
            default:
                return null;
        }
    }

    private static object Repeat(object seq, BigInteger times)
    {
        object[] items = seq is PyList l ? [.. l.Items] : ((PyTuple)seq).Items;
        int n = times.Sign <= 0 ? 0 : (int)times;
        var result = new List<object>(items.Length * n);
        for (int i = 0; i < n; i++)
        {
            result.AddRange(items);
        }
        return seq is PyList ? new PyList(result) : new PyTuple([.. result]);
    }

    public static object[] Unpack(object seq, int count)
    {
        object[] items = seq switch
        {
            PyList l => [.. l.Items],
            PyTuple t => t.Items,
            _ => throw new PythonError("TypeError", $"cannot unpack non-iterable {TypeNames.Of(seq)} object"),
        };
        if (items.Length != count)
        {
            throw new PythonError("ValueError", items.Length > count
                ? $"too many values to unpack (expected {count})"
                : $"not enough values to unpack (expected {count}, got {items.Length})");
        }
        return items;
    }

    public static long Len(object value) => value switch
    {
        PyList l => l.Items.Count,
        PyTuple t => t.Items.Length,
        PyRange r => r.Length,
        _ => throw new PythonError("TypeError", $"object of type '{TypeNames.Of(value)}' has no len()"),
    };

    public static object Iter(object value) => value switch
    {
        PyList l => new PyListIter(l, 0),
        PyTuple t => new PyTupleIter(t),
        PyRange r => new PyRangeIter(r.Start, r.Step, r.Length),
        PyRangeIter or PyListIter or PyTupleIter => value,
        _ => throw new PythonError("TypeError", $"'{TypeNames.Of(value)}' object is not iterable"),
    };

    /// <summary>The next item of an iterator, or null when it is exhausted.</summary>
    public static object? Next(object iterator)
    {
        switch (iterator)
        {
            case PyRangeIter r:
                if (r.Remaining <= 0)
                {
                    return null;
                }
                long v = r.Next;
                r.Next += r.Step;
                r.Remaining--;
                return (BigInteger)v;
            case PyListIter l:
                if (l.List is null || l.Index >= l.List.Items.Count)
                {
                    l.List = null;
                    return null;
                }
                return l.List.Items[l.Index++];
            case PyTupleIter t:
                return t.Index < t.Tuple.Items.Length ? t.Tuple.Items[t.Index++] : null;
            default:
                throw new PythonError("TypeError", $"'{TypeNames.Of(iterator)}' object is not an iterator");
        }
    }
}
