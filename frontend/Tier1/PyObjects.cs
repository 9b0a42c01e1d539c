namespace StencilBench.Frontend.Tier1;

// Tier 1's mutable objects. An int is a boxed BigInteger, a bool a boxed bool, a float a boxed
// double; the others are these classes. A stack slot's NULL (PUSH_NULL, LOAD_GLOBAL's bit) is null.

/// <summary>Python's <c>None</c>: one instance.</summary>
public sealed class PyNone
{
    public static PyNone Instance { get; } = new();

    private PyNone()
    {
    }
}

/// <summary>A list: items shared by every reference to it, as in Python.</summary>
public sealed class PyList(List<object> items)
{
    public List<object> Items { get; } = items;
}

/// <summary>A tuple.</summary>
public sealed class PyTuple(object[] items)
{
    public object[] Items { get; } = items;
}

/// <summary><c>range(start, stop, step)</c>, with the length CPython computes.</summary>
public sealed record PyRange(long Start, long Stop, long Step)
{
    public long Length => Step > 0
        ? (Stop > Start ? (Stop - Start - 1) / Step + 1 : 0)
        : (Start > Stop ? (Start - Stop - 1) / -Step + 1 : 0);
}

/// <summary>A range iterator as CPython's: the next value, the step, how many are left.</summary>
public sealed class PyRangeIter(long next, long step, long remaining)
{
    public long Next { get; set; } = next;
    public long Step { get; } = step;
    public long Remaining { get; set; } = remaining;
}

/// <summary>A list iterator: the list (null once exhausted) and the next index.</summary>
public sealed class PyListIter(PyList? list, int index)
{
    public PyList? List { get; set; } = list;
    public int Index { get; set; } = index;
}

/// <summary>A tuple iterator (tuples are iterated only in tier 1).</summary>
public sealed class PyTupleIter(PyTuple tuple)
{
    public PyTuple Tuple { get; } = tuple;
    public int Index { get; set; }
}

/// <summary>A builtin function that <c>LOAD_GLOBAL</c> loads: len, range, abs, min, max, float, int.</summary>
public sealed record PyBuiltin(string Name);

/// <summary>A Python exception raised in tier 1 (or by a trace's error exit): its type name and message.</summary>
public sealed class PythonError(string typeName, string message) : Exception($"{typeName}: {message}")
{
    public string TypeName { get; } = typeName;
    public string PythonMessage { get; } = message;
}
