using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Verification;

/// <summary>
/// The abstract state at one uop: the type of each stack value (bottom first) and of each local,
/// and for each stack value the local it was loaded from while that local still holds it
/// (<see cref="NoLocal"/>: none). A guard on such a value proves the local and every other value
/// loaded from it (CPython's optimizer knows both operands of <c>x * x</c> are one object); a store
/// into the local ends that.
/// </summary>
internal sealed record TypeState(InputType[] Stack, InputType[] Locals, int[] Origins)
{
    /// <summary>The origin of a value that was not loaded from a local (or whose local was stored to since).</summary>
    public const int NoLocal = -1;

    public TypeState(InputType[] stack, InputType[] locals) : this(stack, locals, Unloaded(stack.Length))
    {
    }

    /// <summary>Origins for <paramref name="count"/> values loaded from no local.</summary>
    public static int[] Unloaded(int count) => Enumerable.Repeat(NoLocal, count).ToArray();

    public TypeState Copy() => new((InputType[])Stack.Clone(), (InputType[])Locals.Clone(), (int[])Origins.Clone());

    /// <summary>Joins <paramref name="other"/> into this state; returns whether anything widened.</summary>
    public bool JoinWith(TypeState other)
    {
        bool changed = JoinInto(Stack, other.Stack) | JoinInto(Locals, other.Locals);
        for (int s = 0; s < Origins.Length; s++)
        {
            if (Origins[s] != other.Origins[s] && Origins[s] != NoLocal)
            {
                Origins[s] = NoLocal;
                changed = true;
            }
        }
        return changed;
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
