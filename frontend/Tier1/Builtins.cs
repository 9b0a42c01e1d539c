using System.Globalization;
using System.Numerics;

namespace StencilBench.Frontend.Tier1;

/// <summary>The builtins of the subset: len, range, abs, min, max, float, int, as CPython's.</summary>
public static class Builtins
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string> { "len", "range", "abs", "min", "max", "float", "int" };

    public static object Call(string name, object[] args) => name switch
    {
        "len" => (BigInteger)Sequences.Len(One(name, args)),
        "range" => Range(args),
        "abs" => Abs(One(name, args)),
        "min" => Extreme(name, args, wantLess: true),
        "max" => Extreme(name, args, wantLess: false),
        "float" => args.Length == 0 ? 0.0 : Numbers.AsFloat(One(name, args)),
        "int" => args.Length == 0 ? BigInteger.Zero : ToInt(One(name, args)),
        _ => throw new PythonError("NameError", $"name '{name}' is not defined"),
    };

    private static object One(string name, object[] args) => args.Length == 1 ? args[0]
        : throw new PythonError("TypeError", $"{name}() takes exactly one argument ({args.Length} given)");

    private static PyRange Range(object[] args)
    {
        long[] a = [.. args.Select(v => Numbers.IsInt(v) ? (long)Numbers.AsInt(v)
            : throw new PythonError("TypeError", $"'{TypeNames.Of(v)}' object cannot be interpreted as an integer"))];
        return a.Length switch
        {
            1 => new PyRange(0, a[0], 1),
            2 => new PyRange(a[0], a[1], 1),
            3 when a[2] == 0 => throw new PythonError("ValueError", "range() arg 3 must not be zero"),
            3 => new PyRange(a[0], a[1], a[2]),
            _ => throw new PythonError("TypeError", $"range expected at most 3 arguments, got {a.Length}"),
        };
    }

    private static object Abs(object v) => v switch
    {
        bool b => b ? BigInteger.One : BigInteger.Zero,
        BigInteger i => BigInteger.Abs(i),
        double d => Math.Abs(d),
        _ => throw new PythonError("TypeError", $"bad operand type for abs(): '{TypeNames.Of(v)}'"),
    };

    private static object Extreme(string name, object[] args, bool wantLess)
    {
        object[] items = args.Length == 1 ? Items(args[0]) : args;
        if (items.Length == 0)
        {
            throw new PythonError("ValueError", $"{name}() iterable argument is empty");
        }
        object best = items[0];
        foreach (object item in items.Skip(1))
        {
            // Python keeps the first of equal items: replace only on a strict improvement.
            if (Comparisons.Compare(wantLess ? 2 : 4 << 5 | 4, item, best))
            {
                best = item;
            }
        }
        return best;
    }

    private static object[] Items(object iterable)
    {
        object it = Sequences.Iter(iterable);
        var items = new List<object>();
        while (Sequences.Next(it) is object next)
        {
            items.Add(next);
        }
        return [.. items];
    }

    private static BigInteger ToInt(object v) => v switch
    {
        double d when double.IsNaN(d) => throw new PythonError("ValueError", "cannot convert float NaN to integer"),
        double d when double.IsInfinity(d) => throw new PythonError("OverflowError", "cannot convert float infinity to integer"),
        double d => new BigInteger(Math.Truncate(d)),
        _ when Numbers.IsInt(v) => Numbers.AsInt(v),
        _ => throw new PythonError("TypeError", string.Create(CultureInfo.InvariantCulture, $"int() argument must be a number, not '{TypeNames.Of(v)}'")),
    };
}
