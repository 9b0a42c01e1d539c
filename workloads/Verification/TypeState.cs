using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Verification;

/// <summary>The abstract state at one uop: the type of each stack value (bottom first) and of each local.</summary>
internal sealed record TypeState(InputType[] Stack, InputType[] Locals)
{
    public TypeState Copy() => new((InputType[])Stack.Clone(), (InputType[])Locals.Clone());

    /// <summary>Joins <paramref name="other"/> into this state; returns whether anything widened.</summary>
    public bool JoinWith(TypeState other)
    {
        return JoinInto(Stack, other.Stack) | JoinInto(Locals, other.Locals);
    }

    /// <summary>Forgets every not-exhausted proof (after an iteration or a call into the runtime).</summary>
    public void ForgetExhaustionChecks()
    {
        Forget(Stack);
        Forget(Locals);
    }

    private static void Forget(InputType[] types)
    {
        for (int s = 0; s < types.Length; s++)
        {
            types[s] = AbstractType.Widen(types[s]);
        }
    }

    private static bool JoinInto(InputType[] mine, InputType[] theirs)
    {
        bool changed = false;
        for (int s = 0; s < mine.Length; s++)
        {
            InputType joined = AbstractType.Join(mine[s], theirs[s]);
            changed |= joined != mine[s];
            mine[s] = joined;
        }
        return changed;
    }
}
