using System.Collections.Immutable;
using System.Numerics;
using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// Constant folding as CPython 3.14's flow-graph optimizer does it: a BINARY_OP, UNARY_NEGATIVE,
/// UNARY_NOT or BUILD_TUPLE whose operands are all constant loads (NOPs between are skipped) becomes
/// one constant load, unless the result would be big (ints past 128 bits, as CPython's
/// <c>const_folding_safe_*</c>) or the operation raises. Subscripts of constants are left alone.
/// </summary>
internal sealed class ConstantFolder(ConstTable consts)
{
    private const int MaxIntBits = 128;
    private const int StackUseGuideline = 30;

    public int Add(Value value) => consts.Add(value);

    public Value ValueOf(CfgInstr instr) =>
        instr.Op == Opcode.LOAD_SMALL_INT ? new IntValue(instr.Arg) : consts[instr.Arg];

    /// <summary>Makes <paramref name="instr"/> load <paramref name="value"/>: LOAD_SMALL_INT for 0..255, else LOAD_CONST.</summary>
    public void MakeLoad(CfgInstr instr, Value value)
    {
        if (!TryMakeSmallInt(instr, value))
        {
            instr.Set(Opcode.LOAD_CONST, consts.Add(value));
        }
    }

    public static bool TryMakeSmallInt(CfgInstr instr, Value value)
    {
        if (value is IntValue { Value: var v } && v >= 0 && v <= 255)
        {
            instr.Set(Opcode.LOAD_SMALL_INT, (int)v);
            return true;
        }
        return false;
    }

    /// <summary>The <paramref name="count"/> constant loads before index <paramref name="end"/>, or null.</summary>
    public static List<CfgInstr>? ConstLoadsBefore(BasicBlock b, int end, int count)
    {
        var found = new List<CfgInstr>();
        for (int i = end - 1; i >= 0 && found.Count < count; i--)
        {
            CfgInstr instr = b.Instrs[i];
            if (instr.Op == Opcode.NOP)
            {
                continue;
            }
            if (!OpcodeFacts.LoadsConst(instr.Op))
            {
                return null;
            }
            found.Insert(0, instr);
        }
        return found.Count == count ? found : null;
    }

    public void FoldTuple(BasicBlock b, int i)
    {
        CfgInstr build = b.Instrs[i];
        if (build.Arg > StackUseGuideline || ConstLoadsBefore(b, i, build.Arg) is not { } loads)
        {
            return;
        }
        var tuple = new TupleValue(loads.Select(ValueOf).ToImmutableArray());
        NopOut(loads);
        MakeLoad(build, tuple);
    }

    public void FoldBinary(BasicBlock b, int i)
    {
        CfgInstr op = b.Instrs[i];
        if (ConstLoadsBefore(b, i, 2) is not { } loads || op.Arg == BinaryOpArg.Subscript)
        {
            return;
        }
        Value? result = SafeBinary(BinaryOpArg.Symbol(op.Arg), ValueOf(loads[0]), ValueOf(loads[1]));
        if (result is not null)
        {
            NopOut(loads);
            MakeLoad(op, result);
        }
    }

    public void FoldUnary(BasicBlock b, int i)
    {
        CfgInstr op = b.Instrs[i];
        if (ConstLoadsBefore(b, i, 1) is not { } loads)
        {
            return;
        }
        Value operand = ValueOf(loads[0]);
        Value? result = op.Op == Opcode.UNARY_NOT
            ? BoolValue.Of(!Numbers.Truthy(operand))
            : Try(() => Arithmetic.Unary("-", operand));
        if (result is not null)
        {
            NopOut(loads);
            MakeLoad(op, result);
        }
    }

    private static Value? SafeBinary(string op, Value left, Value right)
    {
        if (left is IntValue { Value: var x } && right is IntValue { Value: var y } && !x.IsZero)
        {
            if (op == "*" && !y.IsZero && x.GetBitLength() + y.GetBitLength() > MaxIntBits)
            {
                return null;
            }
            if (op == "**" && y.Sign > 0 && (y > MaxIntBits || x.GetBitLength() > MaxIntBits / (long)y))
            {
                return null;
            }
        }
        return left is TupleValue || right is TupleValue ? null : Try(() => Arithmetic.Binary(op, left, right));
    }

    private static Value? Try(Func<Value> f)
    {
        try
        {
            return f();
        }
        catch (Exception e) when (e is EvalError or ArithmeticException or OverflowException)
        {
            return null;
        }
    }

    private static void NopOut(List<CfgInstr> loads)
    {
        foreach (CfgInstr instr in loads)
        {
            instr.MakeNop();
            instr.Loc = instr.Loc with { Line = CfgInstr.NoLine, Column = CfgInstr.NoLine };
        }
    }
}
