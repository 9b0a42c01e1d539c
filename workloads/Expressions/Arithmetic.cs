using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using StencilBench.Core.Values;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Expressions;

/// <summary>Python's binary and unary arithmetic on values.</summary>
internal static class Arithmetic
{
    public static Value Binary(string op, Value a, Value b)
    {
        if (Numbers.AsInt(a) is BigInteger x && Numbers.AsInt(b) is BigInteger y)
        {
            return IntOp(op, x, y);
        }
        if (Numbers.IsNumber(a) && Numbers.IsNumber(b))
        {
            return new FloatValue(FloatOp(op, Numbers.ToDouble(a), Numbers.ToDouble(b)));
        }
        return SequenceOp(op, a, b)
            ?? throw new EvalError($"unsupported operand types for {op}: '{a.TypeName}' and '{b.TypeName}'");
    }

    public static Value Unary(string op, Value v) => (op, v) switch
    {
        ("-", FloatValue f) => new FloatValue(-f.Value),
        ("+", FloatValue f) => f,
        ("-", _) when Numbers.AsInt(v) is BigInteger i => new IntValue(-i),
        ("+", _) when Numbers.AsInt(v) is BigInteger i => new IntValue(i),
        _ => throw new EvalError($"bad operand type for unary {op}: '{v.TypeName}'"),
    };

    private static Value IntOp(string op, BigInteger x, BigInteger y)
    {
        switch (op)
        {
            case "+": return new IntValue(x + y);
            case "-": return new IntValue(x - y);
            case "*":
                CheckDigits("*", (x.GetBitLength() + y.GetBitLength()) * Log10Of2);
                return new IntValue(x * y);
            case "/": return new FloatValue(TrueDivide(x, y));
            case "//": return new IntValue(FloorDivMod(x, y).Quotient);
            case "%": return new IntValue(FloorDivMod(x, y).Remainder);
            case "**" when y.Sign < 0:
                return new FloatValue(FloatOp("**", Numbers.IntToDouble(x), Numbers.IntToDouble(y)));
            case "**":
                return new IntValue(Power(x, y));
            default: throw new EvalError($"unknown operator {op}");
        }
    }

    private const double Log10Of2 = 0.30102999566398120;

    /// <summary><c>x ** y</c> for <c>y &gt;= 0</c>, its size estimated from <c>log10 |x|</c> before computing.</summary>
    private static BigInteger Power(BigInteger x, BigInteger y)
    {
        if (x.IsZero || x.IsOne || y.IsZero)
        {
            return y.IsZero ? BigInteger.One : x;
        }
        if (x == BigInteger.MinusOne)
        {
            return y.IsEven ? BigInteger.One : BigInteger.MinusOne;
        }
        CheckDigits("**", (double)y * BigInteger.Log10(BigInteger.Abs(x)));
        return BigInteger.Pow(x, (int)y);
    }

    private static void CheckDigits(string op, double digits)
    {
        if (digits > TraceLimits.MaxIntDigits)
        {
            string about = digits < 1e15 ? ((long)digits).ToString(CultureInfo.InvariantCulture) : digits.ToString("0.#e0", CultureInfo.InvariantCulture);
            throw new EvalError($"result of {op} would have about {about} digits (at most {TraceLimits.MaxIntDigits})");
        }
    }

    private static double TrueDivide(BigInteger x, BigInteger y) =>
        y.IsZero ? throw new EvalError("division by zero") : Numbers.IntToDouble(x) / Numbers.IntToDouble(y);

    public static (BigInteger Quotient, BigInteger Remainder) FloorDivMod(BigInteger x, BigInteger y)
    {
        if (y.IsZero)
        {
            throw new EvalError("integer division or modulo by zero");
        }
        BigInteger q = BigInteger.DivRem(x, y, out BigInteger r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0))
        {
            q -= 1;
            r += y;
        }
        return (q, r);
    }

    private static double FloatOp(string op, double x, double y) => op switch
    {
        "+" => x + y,
        "-" => x - y,
        "*" => x * y,
        "/" => y == 0 ? throw new EvalError("float division by zero") : x / y,
        "//" => FloatDivMod(x, y).Quotient,
        "%" => FloatDivMod(x, y).Remainder,
        "**" => Power(x, y),
        _ => throw new EvalError($"unknown operator {op}"),
    };

    /// <summary>Floor division and modulo of floats; the remainder takes the divisor's sign.</summary>
    private static (double Quotient, double Remainder) FloatDivMod(double x, double y)
    {
        if (y == 0)
        {
            throw new EvalError("float floor division by zero");
        }
        return FloatFloorDivMod(x, y);
    }

    /// <summary>CPython's float divmod for a non-zero divisor: the quotient floored, the remainder with the divisor's sign (tier 1 shares it).</summary>
    internal static (double Quotient, double Remainder) FloatFloorDivMod(double x, double y)
    {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }
        double floorDiv;
        if (div != 0)
        {
            floorDiv = Math.Floor(div);
            if (div - floorDiv > 0.5)
            {
                floorDiv += 1.0;
            }
        }
        else
        {
            floorDiv = Math.CopySign(0.0, x / y);
        }
        return (floorDiv, mod);
    }

    private static double Power(double x, double y)
    {
        if (x == 0 && y < 0)
        {
            throw new EvalError("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.Floor(y) && !double.IsInfinity(y))
        {
            throw new EvalError("negative number cannot be raised to a fractional power");
        }
        return Math.Pow(x, y);
    }

    private static Value? SequenceOp(string op, Value a, Value b) => (op, a, b) switch
    {
        ("+", ListValue l, ListValue r) => new ListValue(Concat(l.Items, r.Items)),
        ("+", TupleValue l, TupleValue r) => new TupleValue(Concat(l.Items, r.Items)),
        ("*", ListValue l, _) when Numbers.AsInt(b) is BigInteger n => new ListValue(Repeat(l.Items, n)),
        ("*", _, ListValue r) when Numbers.AsInt(a) is BigInteger n => new ListValue(Repeat(r.Items, n)),
        ("*", TupleValue l, _) when Numbers.AsInt(b) is BigInteger n => new TupleValue(Repeat(l.Items, n)),
        ("*", _, TupleValue r) when Numbers.AsInt(a) is BigInteger n => new TupleValue(Repeat(r.Items, n)),
        _ => null,
    };

    private static ImmutableArray<Value> Concat(ImmutableArray<Value> left, ImmutableArray<Value> right)
    {
        ValueSize.Check(left.Concat(right));
        return left.AddRange(right);
    }

    private static ImmutableArray<Value> Repeat(ImmutableArray<Value> items, BigInteger times)
    {
        if (times <= 0 || items.IsEmpty)
        {
            return [];
        }
        if (times * items.Length > TraceLimits.MaxElements)
        {
            throw new EvalError($"sequence of {times * items.Length} items is too long (at most {TraceLimits.MaxElements})");
        }
        long each = ValueSize.Elements(new TupleValue(items), TraceLimits.MaxElements);
        if (each * times > TraceLimits.MaxElements)
        {
            throw new EvalError($"value has more than {TraceLimits.MaxElements} items (counting nested ones)");
        }
        var result = ImmutableArray.CreateBuilder<Value>((int)times * items.Length);
        for (int i = 0; i < (int)times; i++)
        {
            result.AddRange(items);
        }
        return result.MoveToImmutable();
    }
}
