using StencilBench.Core.Values;

namespace StencilBench.Workloads.Random;

/// <summary>Random uops that move values between locals and the stack, and constants.</summary>
internal static class LocalOps
{
    public static bool Load(GeneratorState s)
    {
        List<int> bound = s.LocalsOf(_ => true);
        int i = s.Pick(bound);
        string family = s.Chance(2) ? "_LOAD_FAST" : "_LOAD_FAST_BORROW";
        s.B.Uop(i < 8 && s.Chance(2) ? $"{family}_{i}" : family, i);
        s.Stack.Add(s.Locals[i].Kind);
        return true;
    }

    public static bool LoadPair(GeneratorState s)
    {
        List<int> bound = s.LocalsOf(_ => true).Where(i => i < 16).ToList();
        int a = s.Pick(bound);
        int b = s.Pick(bound);
        s.B.Uop(s.Chance(2) ? "_LOAD_FAST_LOAD_FAST" : "_LOAD_FAST_BORROW_LOAD_FAST_BORROW", (a << 4) | b);
        s.Stack.Add(s.Locals[a].Kind);
        s.Stack.Add(s.Locals[b].Kind);
        return true;
    }

    /// <summary>A checked load; now and then of the unbound local, which raises.</summary>
    public static bool LoadCheck(GeneratorState s)
    {
        if (s.Chance(25))
        {
            return LoadUnbound(s);
        }
        int i = s.Pick(s.LocalsOf(_ => true));
        s.B.Uop("_LOAD_FAST_CHECK", i);
        s.Stack.Add(s.Locals[i].Kind);
        return true;
    }

    /// <summary>Reads the one unbound local: always an error (ValueError) at run time.</summary>
    private static bool LoadUnbound(GeneratorState s)
    {
        int i = Enumerable.Range(0, s.Locals.Count).First(i => !s.Locals[i].Bound);
        s.B.Uop("_LOAD_FAST_CHECK", i);
        s.Stack.Add(Kind.Int);
        return true;
    }

    /// <summary>CPython's save-and-restore around an inlined comprehension: clear a local, then store it back.</summary>
    public static bool ClearAndRestore(GeneratorState s)
    {
        int i = s.Pick(s.LocalsOf(_ => true));
        s.B.Uop("_LOAD_FAST_AND_CLEAR", i).Uop("_STORE_FAST", i);
        return true;
    }

    public static bool Const(GeneratorState s)
    {
        if (s.Chance(3))
        {
            int v = s.R.Next(0, 257);
            s.B.Uop(v < 4 && s.Chance(2) ? $"_LOAD_SMALL_INT_{v}" : "_LOAD_SMALL_INT", v);
            s.Stack.Add(Kind.Int);
            return true;
        }
        Kind kind = s.Pick([Kind.Int, Kind.Int, Kind.Float, Kind.Float, Kind.Bool, Kind.None]);
        Value value = ValuePool.Of(kind, s.R);
        s.B.Uop(s.Chance(2) ? "_LOAD_CONST_INLINE" : "_LOAD_CONST_INLINE_BORROW", operand: new Core.Traces.ConstantOperand(value));
        s.Stack.Add(kind);
        return true;
    }

    public static bool PushNull(GeneratorState s)
    {
        s.B.Uop("_PUSH_NULL");
        s.Stack.Add(Kind.None);
        return true;
    }

    /// <summary>Stores the top value to a local of its kind, or pops it when there is none.</summary>
    public static bool StoreOrPop(GeneratorState s)
    {
        List<int> targets = s.StoreTargets(s.Top);
        if (targets.Count == 0 || s.Chance(4))
        {
            s.B.Uop("_POP_TOP");
        }
        else
        {
            int i = s.Pick(targets);
            s.B.Uop(i < 8 && s.Chance(2) ? $"_STORE_FAST_{i}" : "_STORE_FAST", i);
        }
        s.Pop(1);
        return true;
    }

    public static bool StoreLoad(GeneratorState s)
    {
        List<int> targets = s.StoreTargets(s.Top).Where(i => i < 16).ToList();
        if (targets.Count == 0)
        {
            return false;
        }
        int store = s.Pick(targets);
        int load = s.Pick(s.LocalsOf(_ => true).Where(i => i < 16).ToList());
        s.B.Uop("_STORE_FAST_LOAD_FAST", (store << 4) | load);
        s.Pop(1);
        s.Stack.Add(s.Locals[load].Kind);
        return true;
    }

    public static bool StoreStore(GeneratorState s)
    {
        List<int> first = s.StoreTargets(s.Top).Where(i => i < 16).ToList();
        List<int> second = s.StoreTargets(s.Second).Where(i => i < 16).ToList();
        if (first.Count == 0 || second.Count == 0)
        {
            return false;
        }
        s.B.Uop("_STORE_FAST_STORE_FAST", (s.Pick(first) << 4) | s.Pick(second));
        s.Pop(2);
        return true;
    }

    public static bool Copy(GeneratorState s)
    {
        int k = s.R.Next(1, s.Stack.Count + 1);
        s.B.Uop("_COPY", k);
        s.Stack.Add(s.Stack[^k]);
        return true;
    }

    public static bool Swap(GeneratorState s)
    {
        int k = s.R.Next(2, s.Stack.Count + 1);
        s.B.Uop("_SWAP", k);
        (s.Stack[^1], s.Stack[^k]) = (s.Stack[^k], s.Stack[^1]);
        return true;
    }
}
