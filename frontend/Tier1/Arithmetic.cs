using System.Numerics;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Tier1;

/// <summary>
/// <c>BINARY_OP</c>'s generic body: CPython 3.14's semantics for ints of any size, floats, bools,
/// lists and tuples (true division gives a float, floor division and modulo round towards minus
/// infinity, <c>**</c> with a negative int exponent gives a float, in-place <c>+=</c> extends a list).
/// </summary>
public static class Arithmetic
{
    public static object BinaryOp(int oparg, object left, object right)
    {
        if (oparg == BinaryOpArg.Subscript)
        {
            return Sequences.GetItem(left, right);
        }
        bool inPlace = oparg >= BinaryOpArg.InPlaceOffset;
        int op = inPlace ? oparg - BinaryOpArg.InPlaceOffset : oparg;
        if (inPlace && op == BinaryOpArg.Add && left is PyList target && right is PyList extra)
        {
            target.Items.AddRange([.. extra.Items]);
            return target;
        }
        if (Numbers.IsInt(left) && Numbers.IsInt(right))
        {
            return IntOp(op, Numbers.AsInt(left), Numbers.AsInt(right), oparg);
        }
        if (Numbers.IsNumber(left) && Numbers.IsNumber(right))
        {
            return FloatOp(op, Numbers.AsFloat(left), Numbers.AsFloat(right), oparg);
        }
        return Sequences.BinaryOp(op, left, right) ?? throw Unsupported(oparg, left, right);
    }

    private static object IntOp(int op, BigInteger a, BigInteger b, int oparg) => op switch
    {
        BinaryOpArg.Add => a + b,
        BinaryOpArg.Subtract => a - b,
        BinaryOpArg.Multiply => a * b,
        BinaryOpArg.TrueDivide => b.IsZero ? throw new PythonError("ZeroDivisionError", "division by zero") : TrueDivide(a, b),
        BinaryOpArg.FloorDivide => b.IsZero ? throw new PythonError("ZeroDivisionError", "integer division or modulo by zero") : FloorDiv(a, b),
        BinaryOpArg.Remainder => b.IsZero ? throw new PythonError("ZeroDivisionError", "integer modulo by zero") : a - b * FloorDiv(a, b),
        BinaryOpArg.Power => b.Sign >= 0 ? BigInteger.Pow(a, (int)b) : FloatOp(BinaryOpArg.Power, Numbers.AsFloat(a), (double)b, oparg),
        _ => throw Unsupported(oparg, a, b),
    };

    private static double TrueDivide(BigInteger a, BigInteger b)
    {
        const long exact = 1L << 53;
        if (BigInteger.Abs(a) <= exact && BigInteger.Abs(b) <= exact)
        {
            return (double)a / (double)b; // both exact: IEEE division rounds correctly, as CPython's
        }
        double r = (double)a / (double)b;
        return double.IsInfinity(r) || double.IsNaN(r)
            ? throw new PythonError("OverflowError", "integer division result too large for a float")
            : r;
    }

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        return !r.IsZero && (r.Sign < 0) != (b.Sign < 0) ? q - 1 : q;
    }

    private static object FloatOp(int op, double a, double b, int oparg)
    {
        switch (op)
        {
            case BinaryOpArg.Add: return a + b;
            case BinaryOpArg.Subtract: return a - b;
            case BinaryOpArg.Multiply: return a * b;
            case BinaryOpArg.TrueDivide:
                return b == 0 ? throw new PythonError("ZeroDivisionError", "division by zero") : a / b;
            case BinaryOpArg.FloorDivide:
                return b == 0 ? throw new PythonError("ZeroDivisionError", "division by zero") : DivMod(a, b).Div;
            case BinaryOpArg.Remainder:
                return b == 0 ? throw new PythonError("ZeroDivisionError", "division by zero") : DivMod(a, b).Mod;
            case BinaryOpArg.Power:
                if (a == 0 && b < 0)
                {
                    throw new PythonError("ZeroDivisionError", "zero to a negative power");
                }
                if (a < 0 && b != Math.Floor(b) && !double.IsInfinity(b))
                {
                    throw new PythonError("ValueError", "complex result of a negative float to a fractional power (not in the subset)");
                }
                return Math.Pow(a, b);
            default:
                throw Unsupported(oparg, a, b);
        }
    }

    /// <summary>CPython's float divmod, shared with the expect-expression evaluator.</summary>
    private static (double Div, double Mod) DivMod(double a, double b) =>
        Workloads.Expressions.Arithmetic.FloatFloorDivMod(a, b);

    internal static PythonError Unsupported(int oparg, object? a, object? b) =>
        new("TypeError", $"unsupported operand type(s) for {BinaryOpArg.Symbol(oparg)}: '{TypeNames.Of(a)}' and '{TypeNames.Of(b)}'");
}
