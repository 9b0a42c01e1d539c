using StencilBench.Core.Traces;
using StencilBench.Core.Values;
using StencilBench.Workloads.Building;
using StencilBench.Workloads.Format;

namespace StencilBench.Workloads.Random;

/// <summary>
/// Random traces for differential testing, reproducible from a seed. Every trace verifies, has
/// defined semantics (specialised uops only see the types they need, after a guard or a known
/// producer) and terminates (the only backward jump is a loop over an iterator of at most five
/// values). Guards that may fail, division by zero, big ints and out-of-range indices make exits,
/// deopts and errors happen.
/// </summary>
public static class RandomTraceGenerator
{
    private delegate bool Op(GeneratorState s);

    /// <summary>The operations and their weights, with the stack depth each needs.</summary>
    private static readonly (Op Op, int Weight, int Needs)[] Ops =
    [
        (LocalOps.Load, 10, 0), (LocalOps.LoadPair, 3, 0), (LocalOps.LoadCheck, 1, 0), (LocalOps.Const, 6, 0),
        (LocalOps.PushNull, 1, 0), (LocalOps.ClearAndRestore, 1, 0),
        (LocalOps.StoreOrPop, 6, 1), (LocalOps.StoreLoad, 2, 1), (LocalOps.StoreStore, 2, 2),
        (LocalOps.Copy, 2, 1), (LocalOps.Swap, 2, 2),
        (GuardOps.TypeGuard, 5, 1), (GuardOps.BothGuard, 3, 2), (GuardOps.ToBool, 2, 1), (GuardOps.Not, 1, 1),
        (GuardOps.BranchPop, 2, 1), (GuardOps.Control, 2, 0),
        (ArithmeticOps.IntOp, 6, 2), (ArithmeticOps.FloatOp, 5, 2), (ArithmeticOps.Generic, 5, 2),
        (ArithmeticOps.ShiftOrPower, 1, 1), (ArithmeticOps.Compare, 3, 2),
        (ArithmeticOps.Subscript, 4, 1), (ArithmeticOps.StoreSubscript, 3, 1),
    ];

    /// <param name="seed">Everything follows from it.</param>
    /// <param name="length">About how many uops the body has.</param>
    public static Trace Generate(int seed, int length)
    {
        var r = new System.Random(seed);
        var builder = new TraceBuilder($"random_{seed}");
        List<RandomLocal> locals = MakeLocals(r);
        foreach (RandomLocal l in locals)
        {
            builder.Local(l.Name, l.Bound ? ValuePool.Of(l.Kind, r) : null);
        }
        var s = new GeneratorState(r, builder, locals);
        int loop = r.Next(3);
        if (loop > 0)
        {
            LoopHead(s, loop == 1);
        }
        int end = builder.Count + Math.Max(1, length);
        for (int attempts = 0; builder.Count < end && attempts < length * 20; attempts++)
        {
            Step(s);
        }
        while (s.Stack.Count > 0)
        {
            LocalOps.StoreOrPop(s);
        }
        if (loop > 0)
        {
            builder.Uop("_CHECK_PERIODIC").Uop("_JUMP_TO_TOP");
        }
        else
        {
            builder.Uop(r.Next(4) == 0 ? "_DEOPT" : "_EXIT_TRACE", target: (uint)r.Next(0, 500));
        }
        return builder.Build();
    }

    /// <summary>The trace as a .uops file (for a failing test to print).</summary>
    public static string GenerateText(int seed, int length) => TraceWriter.Write(Generate(seed, length));

    private static List<RandomLocal> MakeLocals(System.Random r)
    {
        var locals = new List<RandomLocal>();
        void Add(string prefix, Kind kind, int min, int max)
        {
            int n = r.Next(min, max + 1);
            for (int i = 0; i < n; i++)
            {
                locals.Add(new RandomLocal($"{prefix}{i}", kind, true));
            }
        }
        Add("i", Kind.Int, 1, 3);
        Add("f", Kind.Float, 1, 2);
        Add("x", Kind.Number, 0, 1);
        Add("b", Kind.Bool, 0, 1);
        Add("l", Kind.IntList, 0, 1);
        Add("m", Kind.MixedList, 0, 1);
        Add("n", Kind.None, 0, 1);
        locals.Add(new RandomLocal("unbound", Kind.Int, false));
        // Shuffle so that slot numbers (and so replicated spellings) vary.
        return locals.OrderBy(_ => r.Next()).ToList();
    }

    /// <summary><c>for v in iterator:</c> — the iterator stays below everything the body pushes.</summary>
    private static void LoopHead(GeneratorState s, bool range)
    {
        int count = s.R.Next(0, 6);
        if (range)
        {
            long start = s.R.Next(-3, 10);
            long step = s.Pick([1L, 1L, 2L, -1L, 3L]);
            s.B.Push(new RangeValue(start, start + (step * count), step).Iterate());
            // Rarely, check for the wrong iterator type first: the trace leaves at once.
            if (s.Chance(20))
            {
                s.B.Uop("_ITER_CHECK_LIST");
            }
            s.B.Uop("_ITER_CHECK_RANGE").Uop("_GUARD_NOT_EXHAUSTED_RANGE").Uop("_ITER_NEXT_RANGE");
            s.Stack.Add(Kind.Int);
        }
        else
        {
            bool ints = s.Chance(2);
            ListValue list = ints ? ValuePool.IntList(s.R) : ValuePool.MixedList(s.R);
            s.B.Push(new ListIterValue(0, new ListValue(list.Items.Take(count))));
            s.B.Uop("_ITER_CHECK_LIST").Uop("_GUARD_NOT_EXHAUSTED_LIST")
                .Uop(s.Chance(2) ? "_ITER_NEXT_LIST" : "_ITER_NEXT_LIST_TIER_TWO");
            s.Stack.Add(ints ? Kind.Int : Kind.Number);
        }
        LocalOps.StoreOrPop(s);
    }

    private static void Step(GeneratorState s)
    {
        int total = Ops.Where(o => o.Needs <= s.Stack.Count).Sum(o => o.Weight);
        int pick = s.R.Next(total);
        foreach ((Op op, int weight, int needs) in Ops)
        {
            if (needs > s.Stack.Count)
            {
                continue;
            }
            if (pick < weight)
            {
                bool pushes = needs == 0;
                if (pushes && s.Stack.Count >= GeneratorState.MaxDepth)
                {
                    LocalOps.StoreOrPop(s);
                    return;
                }
                op(s);
                return;
            }
            pick -= weight;
        }
    }
}
