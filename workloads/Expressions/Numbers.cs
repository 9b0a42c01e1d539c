using System.Numerics;
using StencilBench.Core.Values;

namespace StencilBench.Workloads.Expressions;

/// <summary>Conversions between the numeric values, as Python does them.</summary>
internal static class Numbers
{
    /// <summary>An int, or a bool taken as 0 / 1; null for anything else.</summary>
    public static BigInteger? AsInt(Value v) => v switch
    {
        IntValue i => i.Value,
        BoolValue b => b.Value ? BigInteger.One : BigInteger.Zero,
        _ => null,
    };

    public static bool IsNumber(Value v) => v is IntValue or BoolValue or FloatValue;

    public static double ToDouble(Value v) => v switch
    {
        FloatValue f => f.Value,
        _ when AsInt(v) is BigInteger i => IntToDouble(i),
        _ => throw new EvalError($"must be a number, not '{v.TypeName}'"),
    };

    public static double IntToDouble(BigInteger i)
    {
        double d = (double)i;
        return double.IsInfinity(d) ? throw new EvalError("int too large to convert to float") : d;
    }

    public static long ToLong(Value v, string what)
    {
        BigInteger i = AsInt(v) ?? throw new EvalError($"{what} must be an int, not '{v.TypeName}'");
        return i >= long.MinValue && i <= long.MaxValue ? (long)i : throw new EvalError($"{what} {i} does not fit in 64 bits");
    }

    /// <summary>Exact comparison of an int with a float (NaN compares unordered: null).</summary>
    public static int? CompareIntFloat(BigInteger i, double f)
    {
        if (double.IsNaN(f))
        {
            return null;
        }
        if (double.IsInfinity(f))
        {
            return f > 0 ? -1 : 1;
        }
        double floor = Math.Floor(f);
        int c = i.CompareTo(new BigInteger(floor));
        return c != 0 ? c : (f == floor ? 0 : -1);
    }

    public static bool Truthy(Value v) => v switch
    {
        NoneValue => false,
        BoolValue b => b.Value,
        IntValue i => !i.Value.IsZero,
        FloatValue f => f.Value != 0,
        ListValue l => l.Items.Length > 0,
        TupleValue t => t.Items.Length > 0,
        RangeValue r => r.Length > 0,
        _ => true,
    };
}
