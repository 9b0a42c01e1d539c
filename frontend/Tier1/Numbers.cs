using System.Numerics;

namespace StencilBench.Frontend.Tier1;

/// <summary>Python's numeric tower as tier 1 needs it: bool is an int, int and float mix exactly.</summary>
public static class Numbers
{
    public static bool IsInt(object? v) => v is BigInteger or bool;

    public static bool IsNumber(object? v) => v is BigInteger or bool or double;

    public static BigInteger AsInt(object v) => v switch
    {
        BigInteger i => i,
        bool b => b ? BigInteger.One : BigInteger.Zero,
        _ => throw new PythonError("TypeError", $"'{TypeNames.Of(v)}' object cannot be interpreted as an integer"),
    };

    /// <summary>An int or float as a double; an int too large raises OverflowError as Python's.</summary>
    public static double AsFloat(object v)
    {
        if (v is double d)
        {
            return d;
        }
        double r = (double)AsInt(v);
        return double.IsInfinity(r) ? throw new PythonError("OverflowError", "int too large to convert to float") : r;
    }

    public static object Box(BigInteger i) => i;

    /// <summary>Exact comparison of an int with a float: -1, 0, 1, or null when the float is NaN.</summary>
    public static int? CompareIntFloat(BigInteger i, double d)
    {
        if (double.IsNaN(d))
        {
            return null;
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? -1 : 1;
        }
        double floor = Math.Floor(d);
        int c = i.CompareTo(new BigInteger(floor));
        if (c != 0)
        {
            return c;
        }
        return floor == d ? 0 : -1;
    }

    /// <summary>Compares two numbers exactly: -1, 0, 1, or null when unordered (NaN).</summary>
    public static int? Compare(object a, object b)
    {
        if (IsInt(a) && IsInt(b))
        {
            return AsInt(a).CompareTo(AsInt(b));
        }
        if (a is double x && b is double y)
        {
            return double.IsNaN(x) || double.IsNaN(y) ? null : x.CompareTo(y) switch { < 0 => -1, > 0 => 1, _ => 0 };
        }
        if (a is double f)
        {
            return -CompareIntFloat(AsInt(b), f);
        }
        return CompareIntFloat(AsInt(a), (double)b);
    }
}
