using System.Numerics;
using StencilBench.Core.Values;

namespace StencilBench.Workloads.Expressions;

/// <summary>Python's comparison operators: numbers compare exactly across int and float, sequences item by item.</summary>
internal static class Comparison
{
    public static bool Compare(string op, Value a, Value b)
    {
        if (op is "==" or "!=")
        {
            return (op == "==") == ValueEquals(a, b);
        }
        int? c = Order(a, b) ?? throw new EvalError($"'{op}' not supported between '{a.TypeName}' and '{b.TypeName}'");
        return c is int order && op switch
        {
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            ">=" => order >= 0,
            _ => throw new EvalError($"unknown comparison {op}"),
        };
    }

    /// <summary>Python's <c>==</c>: 1 == 1.0 == True; NaN equals nothing.</summary>
    public static bool ValueEquals(Value a, Value b)
    {
        if (Numbers.IsNumber(a) && Numbers.IsNumber(b))
        {
            return NumberOrder(a, b) == 0;
        }
        return (a, b) switch
        {
            (ListValue l, ListValue r) => ItemsEqual(l.Items, r.Items),
            (TupleValue l, TupleValue r) => ItemsEqual(l.Items, r.Items),
            _ => a.Equals(b),
        };
    }

    private static bool ItemsEqual(IReadOnlyList<Value> a, IReadOnlyList<Value> b) =>
        a.Count == b.Count && a.Zip(b).All(p => ValueEquals(p.First, p.Second));

    /// <summary>-1, 0, 1; an unordered pair (NaN) gives 2 so that every ordering test fails.</summary>
    private static int? Order(Value a, Value b)
    {
        if (Numbers.IsNumber(a) && Numbers.IsNumber(b))
        {
            return NumberOrder(a, b) ?? 2;
        }
        return (a, b) switch
        {
            (ListValue l, ListValue r) => SequenceOrder(l.Items, r.Items),
            (TupleValue l, TupleValue r) => SequenceOrder(l.Items, r.Items),
            _ => null,
        };
    }

    private static int? SequenceOrder(IReadOnlyList<Value> a, IReadOnlyList<Value> b)
    {
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (!ValueEquals(a[i], b[i]))
            {
                return Order(a[i], b[i]);
            }
        }
        return a.Count.CompareTo(b.Count);
    }

    private static int? NumberOrder(Value a, Value b)
    {
        BigInteger? x = Numbers.AsInt(a);
        BigInteger? y = Numbers.AsInt(b);
        if (x is BigInteger i && y is BigInteger j)
        {
            return i.CompareTo(j);
        }
        if (x is BigInteger k)
        {
            return Numbers.CompareIntFloat(k, ((FloatValue)b).Value);
        }
        if (y is BigInteger m)
        {
            return -Numbers.CompareIntFloat(m, ((FloatValue)a).Value);
        }
        double p = ((FloatValue)a).Value;
        double q = ((FloatValue)b).Value;
        return double.IsNaN(p) || double.IsNaN(q) ? null : p.CompareTo(q);
    }
}
