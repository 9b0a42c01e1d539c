using System.Numerics;

namespace StencilBench.Frontend.Tier1;

/// <summary>
/// <c>COMPARE_OP</c>'s generic body and truth values. The oparg is CPython 3.13+'s
/// <c>(op &lt;&lt; 5) | mask</c> (mask: 1 unordered, 2 less, 4 greater, 8 equal; 16 asks for a bool,
/// which every comparison here gives anyway).
/// </summary>
public static class Comparisons
{
    private const int Unordered = 1, Less = 2, Greater = 4, Equal = 8;

    public static bool Compare(int oparg, object left, object right)
    {
        int op = oparg >> 5;
        if (Numbers.IsNumber(left) && Numbers.IsNumber(right))
        {
            return (Bit(Numbers.Compare(left, right)) & oparg & 15) != 0;
        }
        if (op is 2 or 3)
        {
            return AreEqual(left, right) == (op == 2);
        }
        int? c = OrderSequences(left, right)
            ?? throw new PythonError("TypeError", $"'{Symbol(op)}' not supported between instances of '{TypeNames.Of(left)}' and '{TypeNames.Of(right)}'");
        return (Bit(c) & oparg & 15) != 0;
    }

    /// <summary>The mask bit of a three-way result (null: unordered).</summary>
    public static int Bit(int? c) => c switch { null => Unordered, < 0 => Less, > 0 => Greater, _ => Equal };

    public static bool AreEqual(object? a, object? b)
    {
        if (a is not null && b is not null && Numbers.IsNumber(a) && Numbers.IsNumber(b))
        {
            return Numbers.Compare(a, b) == 0;
        }
        return (a, b) switch
        {
            (PyList x, PyList y) => x == y || SequenceEquals([.. x.Items], [.. y.Items]),
            (PyTuple x, PyTuple y) => SequenceEquals(x.Items, y.Items),
            (PyRange x, PyRange y) => x == y,
            _ => ReferenceEquals(a, b) || (a is PyNone && b is PyNone),
        };
    }

    private static bool SequenceEquals(object[] a, object[] b) =>
        a.Length == b.Length && a.Zip(b).All(p => AreEqual(p.First, p.Second));

    private static int? OrderSequences(object a, object b)
    {
        (object[] x, object[] y) = (a, b) switch
        {
            (PyList l, PyList m) => ([.. l.Items], [.. m.Items]),
            (PyTuple t, PyTuple u) => (t.Items, u.Items),
            _ => (null!, null!),
        };
        if (x is null)
        {
            return null;
        }
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (!AreEqual(x[i], y[i]))
            {
                return Compare(Less, x[i], y[i]) ? -1 : 1;
            }
        }
        return x.Length.CompareTo(y.Length);
    }

    private static string Symbol(int op) => op switch { 0 => "<", 1 => "<=", 2 => "==", 3 => "!=", 4 => ">", _ => ">=" };

    /// <summary>Python's truth value.</summary>
    public static bool IsTrue(object value) => value switch
    {
        bool b => b,
        BigInteger i => !i.IsZero,
        double d => d != 0,
        PyNone => false,
        PyList l => l.Items.Count > 0,
        PyTuple t => t.Items.Length > 0,
        PyRange r => r.Length > 0,
        _ => true,
    };
}
