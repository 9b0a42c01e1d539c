using System.Numerics;
using StencilBench.Core.Values;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Expressions;

/// <summary>The few builtins the value syntax offers.</summary>
internal static class Builtins
{
    public static readonly string[] Names =
        ["range", "iter", "len", "sum", "min", "max", "abs", "float", "int", "bool", "list", "tuple", "sorted"];

    private const long MaxItems = TraceLimits.MaxElements;

    public static Value Call(string name, IReadOnlyList<Value> args) => name switch
    {
        "range" => Range(args),
        "iter" => Iter(One(name, args)),
        "len" => One(name, args) is RangeValue r ? new IntValue(r.Length) : new IntValue(Items(One(name, args)).Count),
        "sum" => Sum(args),
        "min" => Extreme(name, args, "<"),
        "max" => Extreme(name, args, ">"),
        "abs" => Abs(One(name, args)),
        "float" => args.Count == 0 ? new FloatValue(0) : new FloatValue(Numbers.ToDouble(One(name, args))),
        "int" => args.Count == 0 ? new IntValue(0) : Int(One(name, args)),
        "bool" => BoolValue.Of(args.Count != 0 && Numbers.Truthy(One(name, args))),
        "list" => new ListValue(args.Count == 0 ? [] : Items(One(name, args))),
        "tuple" => new TupleValue(args.Count == 0 ? [] : Items(One(name, args))),
        "sorted" => new ListValue(Sorted(Items(One(name, args)))),
        _ => throw new EvalError($"unknown function '{name}' (known: {string.Join(", ", Names)})"),
    };

    /// <summary>The items of a range, list or tuple.</summary>
    public static IReadOnlyList<Value> Items(Value v)
    {
        switch (v)
        {
            case ListValue l: return l.Items;
            case TupleValue t: return t.Items;
            case RangeValue r when r.Length > MaxItems:
                throw new EvalError($"range of {r.Length} items is too long (at most {MaxItems})");
            case RangeValue r:
                var items = new Value[r.Length];
                for (long i = 0; i < items.Length; i++)
                {
                    items[i] = new IntValue(r.Start + (i * r.Step));
                }
                return items;
            default: throw new EvalError($"'{v.TypeName}' object is not iterable");
        }
    }

    private static Value One(string name, IReadOnlyList<Value> args) =>
        args.Count == 1 ? args[0] : throw new EvalError($"{name}() takes 1 argument ({args.Count} given)");

    private static Value Range(IReadOnlyList<Value> args)
    {
        long[] a = args.Select(v => Numbers.ToLong(v, "range argument")).ToArray();
        RangeValue range = a.Length switch
        {
            1 => new RangeValue(0, a[0], 1),
            2 => new RangeValue(a[0], a[1], 1),
            3 when a[2] == 0 => throw new EvalError("range() arg 3 must not be zero"),
            3 => new RangeValue(a[0], a[1], a[2]),
            _ => throw new EvalError($"range expected 1 to 3 arguments, got {a.Length}"),
        };
        Int128 length = RangeLength(range);
        return length <= long.MaxValue ? range
            : throw new EvalError($"range of {length} items is too long (at most {long.MaxValue})");
    }

    /// <summary>The length as Python computes it, exactly (a range's own length is a long, and may wrap).</summary>
    private static Int128 RangeLength(RangeValue r) =>
        r.Step > 0 && r.Start < r.Stop ? (((Int128)r.Stop - r.Start - 1) / r.Step) + 1
        : r.Step < 0 && r.Start > r.Stop ? (((Int128)r.Start - r.Stop - 1) / -(Int128)r.Step) + 1
        : 0;

    private static Value Iter(Value v) => v switch
    {
        RangeValue r => r.Iterate(),
        ListValue l => new ListIterValue(0, l),
        _ => throw new EvalError($"iter() of '{v.TypeName}' is not supported (only range and list)"),
    };

    private static Value Sum(IReadOnlyList<Value> args)
    {
        if (args.Count is < 1 or > 2)
        {
            throw new EvalError($"sum() takes 1 or 2 arguments ({args.Count} given)");
        }
        Value total = args.Count == 2 ? args[1] : new IntValue(0);
        foreach (Value item in Items(args[0]))
        {
            total = Arithmetic.Binary("+", total, item);
        }
        return total;
    }

    private static Value Extreme(string name, IReadOnlyList<Value> args, string better)
    {
        IReadOnlyList<Value> items = args.Count == 1 ? Items(args[0]) : args;
        if (items.Count == 0)
        {
            throw new EvalError($"{name}() of an empty sequence");
        }
        Value best = items[0];
        foreach (Value item in items.Skip(1))
        {
            if (Comparison.Compare(better, item, best))
            {
                best = item;
            }
        }
        return best;
    }

    private static Value Abs(Value v) => v switch
    {
        FloatValue f => new FloatValue(Math.Abs(f.Value)),
        _ when Numbers.AsInt(v) is BigInteger i => new IntValue(BigInteger.Abs(i)),
        _ => throw new EvalError($"bad operand type for abs(): '{v.TypeName}'"),
    };

    private static Value Int(Value v) => v switch
    {
        FloatValue f when double.IsNaN(f.Value) || double.IsInfinity(f.Value) =>
            throw new EvalError($"cannot convert float {f} to integer"),
        FloatValue f => new IntValue(new BigInteger(Math.Truncate(f.Value))),
        _ when Numbers.AsInt(v) is BigInteger i => new IntValue(i),
        _ => throw new EvalError($"int() argument must be a number, not '{v.TypeName}'"),
    };

    /// <summary>A stable insertion-free sort with Python's ordering.</summary>
    private static List<Value> Sorted(IReadOnlyList<Value> items)
    {
        var list = items.ToList();
        var keyed = list.Select((v, i) => (v, i)).ToList();
        keyed.Sort((p, q) =>
            Comparison.Compare("<", p.v, q.v) ? -1 : Comparison.Compare("<", q.v, p.v) ? 1 : p.i.CompareTo(q.i));
        return keyed.Select(p => p.v).ToList();
    }
}
