namespace StencilBench.Workloads.Random;

/// <summary>
/// Random type guards. A guard on a value of unknown type may fail; one that cannot pass is
/// emitted rarely (so that exits are exercised without ending most traces early).
/// </summary>
internal static class GuardOps
{
    public static bool TypeGuard(GeneratorState s)
    {
        bool onSecond = s.Stack.Count >= 2 && s.Chance(2);
        int slot = s.Stack.Count - (onSecond ? 2 : 1);
        Kind have = s.Stack[slot];
        Kind want = s.Pick([Kind.Int, Kind.Float, Kind.IntList]);
        bool passes = want == Kind.IntList ? GeneratorState.IsList(have) : have == want;
        bool mayPass = passes || (have == Kind.Number && want != Kind.IntList);
        if (!mayPass && !s.Chance(12))
        {
            return false;
        }
        string what = want switch { Kind.Int => "INT", Kind.Float => "FLOAT", _ => "LIST" };
        s.B.Uop($"_GUARD_{(onSecond ? "NOS" : "TOS")}_{what}");
        if (!passes)
        {
            s.Stack[slot] = want;
        }
        return true;
    }

    public static bool BothGuard(GeneratorState s)
    {
        Kind want = s.Chance(2) ? Kind.Int : Kind.Float;
        bool mayPass = (s.Top == want || s.Top == Kind.Number) && (s.Second == want || s.Second == Kind.Number);
        if (!mayPass && !s.Chance(12))
        {
            return false;
        }
        s.B.Uop(want == Kind.Int ? "_GUARD_BOTH_INT" : "_GUARD_BOTH_FLOAT");
        s.Stack[^1] = want;
        s.Stack[^2] = want;
        return true;
    }

    public static bool ToBool(GeneratorState s)
    {
        if (s.Top == Kind.Bool || (s.Chance(12) && s.Top != Kind.Int))
        {
            s.B.Uop("_TO_BOOL_BOOL");
        }
        else if (s.Top is Kind.Int or Kind.Number || s.Chance(12))
        {
            s.B.Uop("_TO_BOOL_INT");
        }
        else
        {
            return false;
        }
        s.Stack[^1] = Kind.Bool;
        return true;
    }

    public static bool Not(GeneratorState s)
    {
        if (s.Top != Kind.Bool)
        {
            return false;
        }
        // _TO_BOOL_BOOL is the bool guard: it shows the verifier what the generator knows.
        s.B.Uop("_TO_BOOL_BOOL").Uop("_UNARY_NOT");
        return true;
    }

    /// <summary>A branch: the trace leaves when the flag is not the one it was recorded with.</summary>
    public static bool BranchPop(GeneratorState s)
    {
        if (s.Top == Kind.Bool)
        {
            s.B.Uop("_TO_BOOL_BOOL");
        }
        string? uop = s.Top switch
        {
            Kind.Bool => s.Chance(2) ? "_GUARD_IS_TRUE_POP" : "_GUARD_IS_FALSE_POP",
            Kind.None => s.Chance(8) ? "_GUARD_IS_NOT_NONE_POP" : "_GUARD_IS_NONE_POP",
            _ => s.Chance(8) ? "_GUARD_IS_NONE_POP" : "_GUARD_IS_NOT_NONE_POP",
        };
        s.B.Uop(uop);
        s.Pop(1);
        return true;
    }

    public static bool Control(GeneratorState s)
    {
        switch (s.R.Next(4))
        {
            case 0: s.B.Uop("_NOP"); break;
            case 1: s.B.Uop("_SET_IP", operand: new Core.Traces.RawOperand((ulong)s.R.Next(0, 1000))); break;
            case 2: s.B.Uop("_CHECK_VALIDITY"); break;
            default: s.B.Uop("_CHECK_PERIODIC"); break;
        }
        return true;
    }
}
