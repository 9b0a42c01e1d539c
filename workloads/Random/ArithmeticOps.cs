using StencilBench.Core.Traces;
using StencilBench.Core.Values;

namespace StencilBench.Workloads.Random;

/// <summary>Random arithmetic, comparisons and list accesses, specialised only where the types are known.</summary>
internal static class ArithmeticOps
{
    // CPython's NB_* codes: + & // << * % | ** >> - / ^
    private static readonly int[] GenericOps = [0, 1, 2, 5, 6, 7, 10, 11, 12];
    private static readonly int[] CompareOpargs = [2, 42, 72, 103, 132, 172, 18, 58, 88, 119, 148, 188, 0, 15];

    public static bool IntOp(GeneratorState s)
    {
        if (s.Top != Kind.Int || s.Second != Kind.Int)
        {
            return false;
        }
        bool multiply = s.Multiplies < GeneratorState.MultiplyBudget && s.Chance(3);
        s.Multiplies += multiply ? 1 : 0;
        // The generator knows both are ints; the verifier must be shown (a guard that passes).
        s.B.Uop("_GUARD_BOTH_INT");
        s.B.Uop(multiply ? "_BINARY_OP_MULTIPLY_INT" : s.Chance(2) ? "_BINARY_OP_ADD_INT" : "_BINARY_OP_SUBTRACT_INT");
        s.Pop(1);
        return true;
    }

    public static bool FloatOp(GeneratorState s)
    {
        if (s.Top != Kind.Float || s.Second != Kind.Float)
        {
            return false;
        }
        s.B.Uop("_GUARD_BOTH_FLOAT");
        s.B.Uop(s.Pick(["_BINARY_OP_ADD_FLOAT", "_BINARY_OP_SUBTRACT_FLOAT", "_BINARY_OP_MULTIPLY_FLOAT"]));
        s.Pop(1);
        return true;
    }

    /// <summary>The generic _BINARY_OP: any numbers; division by zero and float bit operations raise.</summary>
    public static bool Generic(GeneratorState s)
    {
        Kind a = s.Second, b = s.Top;
        bool numeric = GeneratorState.IsNumeric(a) && GeneratorState.IsNumeric(b);
        if (!numeric && !s.Chance(15))
        {
            return false;
        }
        int op = s.Pick(GenericOps);
        if (op == 5 && (a != Kind.Float || b != Kind.Float))
        {
            if (s.Multiplies >= GeneratorState.MultiplyBudget)
            {
                op = 0;
            }
            s.Multiplies++;
        }
        s.B.Uop("_BINARY_OP", op);
        s.Pop(2);
        s.Stack.Add(op == 11 ? Kind.Float : ResultKind(a, b));
        return true;
    }

    /// <summary>Shifts and powers by a small constant right operand (so that ints stay a sane size).</summary>
    public static bool ShiftOrPower(GeneratorState s)
    {
        Kind a = s.Top;
        if (!GeneratorState.IsNumeric(a) || s.Multiplies >= GeneratorState.MultiplyBudget)
        {
            return false;
        }
        s.Multiplies++;
        (int op, int min, int max) = s.Pick([(3, -1, 70), (9, -1, 70), (8, -1, 3)]);
        int amount = s.R.Next(min, max + 1);
        s.B.Uop("_LOAD_CONST_INLINE_BORROW", operand: new ConstantOperand(new IntValue(amount)));
        s.B.Uop("_BINARY_OP", op);
        s.Stack[^1] = op == 8 && amount < 0 ? Kind.Float : a;
        return true;
    }

    private static Kind ResultKind(Kind a, Kind b) =>
        a == Kind.Int && b == Kind.Int ? Kind.Int
        : (a == Kind.Float || b == Kind.Float) ? Kind.Float
        : Kind.Number;

    public static bool Compare(GeneratorState s)
    {
        Kind a = s.Second, b = s.Top;
        int oparg = s.Pick(CompareOpargs);
        if (a == Kind.Int && b == Kind.Int && s.Chance(2))
        {
            s.B.Uop("_GUARD_BOTH_INT").Uop("_COMPARE_OP_INT", oparg);
        }
        else if (a == Kind.Float && b == Kind.Float && s.Chance(2))
        {
            s.B.Uop("_GUARD_BOTH_FLOAT").Uop("_COMPARE_OP_FLOAT", oparg);
        }
        else if (GeneratorState.IsNumeric(a) && GeneratorState.IsNumeric(b))
        {
            // The generic comparison's result type is not known to the verifier: guard it before a bool use.
            s.B.Uop("_COMPARE_OP", oparg).Uop("_TO_BOOL_BOOL");
        }
        else
        {
            return false;
        }
        s.Pop(2);
        s.Stack.Add(Kind.Bool);
        return true;
    }

    /// <summary><c>list[i]</c> with i small (in range or just outside: a deopt) or any int on the stack.</summary>
    public static bool Subscript(GeneratorState s)
    {
        if (GeneratorState.IsList(s.Top))
        {
            PushIndex(s);
        }
        else if (!(s.Stack.Count >= 2 && GeneratorState.IsList(s.Second) && s.Top == Kind.Int))
        {
            return false;
        }
        Kind list = s.Second;
        s.B.Uop("_GUARD_NOS_LIST").Uop("_GUARD_TOS_INT").Uop("_BINARY_OP_SUBSCR_LIST_INT");
        s.Pop(2);
        s.Stack.Add(list == Kind.IntList ? Kind.Int : Kind.Number);
        return true;
    }

    /// <summary><c>list[i] = value</c> for a list local and a value its kind allows.</summary>
    public static bool StoreSubscript(GeneratorState s)
    {
        Kind value = s.Top;
        List<int> lists = s.LocalsOf(k => (k == Kind.IntList && value == Kind.Int) || (k == Kind.MixedList && GeneratorState.IsNumeric(value)));
        if (lists.Count == 0)
        {
            return false;
        }
        int list = s.Pick(lists);
        s.B.Uop("_LOAD_FAST", list);
        s.Stack.Add(s.Locals[list].Kind);
        PushIndex(s);
        s.B.Uop("_GUARD_NOS_LIST").Uop("_STORE_SUBSCR_LIST_INT");
        s.Pop(3);
        return true;
    }

    private static void PushIndex(GeneratorState s)
    {
        int index = s.R.Next(-1, 7);
        if (index >= 0)
        {
            s.B.Uop("_LOAD_SMALL_INT", index);
        }
        else
        {
            s.B.Uop("_LOAD_CONST_INLINE_BORROW", operand: new ConstantOperand(new IntValue(index)));
        }
        s.Stack.Add(Kind.Int);
    }
}
