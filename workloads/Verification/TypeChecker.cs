using StencilBench.Core.Traces;
using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Verification;

/// <summary>
/// An abstract interpretation over the trace (run after <see cref="FlowChecker"/>, so depths agree):
/// each stack value and local has a known type or none, starting from the declared frame; guards
/// prove types on their fall-through path (<see cref="UopInfo.Proves"/>), outputs carry the types
/// the bodies show (<see cref="UopInfo.Produces"/>), paths that meet keep what they agree on, to a
/// fixed point. A guard on a value loaded from a local also proves that local and every other
/// value loaded from it, until a store into the local (<see cref="TypeState.Origins"/>). Rejects a
/// uop whose inputs are not proven to be what it assumes (<see cref="UopInfo.Consumes"/>).
/// The optimizer runs the same interpretation from a state of its choosing, without rejecting,
/// and reads the state before each uop (<see cref="Before"/>).
/// </summary>
/// <param name="entry">The state at uop 0; null: the declared frame's types.</param>
/// <param name="reject">Whether an unproven input throws.</param>
internal sealed class TypeChecker(Trace trace, TypeState? entry = null, bool reject = true)
{
    private readonly TypeState?[] _states = new TypeState?[trace.Instructions.Count];
    private readonly Queue<int> _work = new();

    public void Run()
    {
        Arrive(0, entry ?? new TypeState(trace.Stack.Select(AbstractType.Of).ToArray(), trace.Locals.Select(AbstractType.Of).ToArray()));
        while (_work.TryDequeue(out int index))
        {
            Step(index);
        }
    }

    /// <summary>After <see cref="Run"/>: what is known before the uop at <paramref name="index"/> on every path; null if no path reaches it.</summary>
    public TypeState? Before(int index) => _states[index];

    private void Step(int index)
    {
        TraceInstruction i = trace.Instructions[index];
        UopInfo uop = i.Uop;
        TypeState state = _states[index]!.Copy();
        int pops = uop.Pops.For(i.Oparg);
        int depth = state.Stack.Length;
        InputType[] inputs = state.Stack[(depth - pops)..];
        if (reject)
        {
            CheckInputs(index, uop, inputs);
        }
        if (uop.Has(UopFlags.LeavesTrace))
        {
            return;
        }
        var below = new TypeState(state.Stack[..(depth - pops)], (InputType[])state.Locals.Clone(), state.Origins[..(depth - pops)]);
        if (uop.Has(UopFlags.CanError))
        {
            Arrive(i.ErrorTarget, below.Copy());
        }
        if (uop.Has(UopFlags.CanDeopt) || uop.Has(UopFlags.CanExit))
        {
            Arrive(i.JumpTarget, uop.Has(UopFlags.PopsBeforeExit) ? below : state.Copy());
        }
        TypeState after = After(i, state, pops);
        if (uop.Has(UopFlags.Jumps))
        {
            Arrive(i.JumpTarget, after);
        }
        else
        {
            Arrive(index + 1, after);
        }
    }

    private void CheckInputs(int index, UopInfo uop, InputType[] inputs)
    {
        for (int k = 0; k < uop.Consumes.Count && k < inputs.Length; k++)
        {
            if (!AbstractType.Satisfies(inputs[k], uop.Consumes[k]))
            {
                string have = inputs[k] == InputType.Any ? "its type is not proven here" : $"it is {AbstractType.Describe(inputs[k])}";
                throw TraceVerifier.Fail(trace, index,
                    $"{uop.Name} needs {AbstractType.Describe(uop.Consumes[k])} as input {k + 1} of {inputs.Length}, but {have}");
            }
        }
    }

    private static TypeState After(TraceInstruction i, TypeState before, int pops)
    {
        UopInfo uop = i.Uop;
        int first = before.Stack.Length - pops;
        var stack = (InputType[])before.Stack.Clone();
        var origins = (int[])before.Origins.Clone();
        var locals = (InputType[])before.Locals.Clone();
        for (int k = 0; k < uop.Proves.Count && k < pops; k++)
        {
            if (uop.Proves[k] != InputType.Any)
            {
                Prove(stack, origins, locals, first + k, uop.Proves[k]);
            }
        }
        var proven = stack[first..];
        var cleared = LocalAccess.Clears(i).ToHashSet();
        foreach (int slot in LocalAccess.Writes(i).Concat(cleared))
        {
            locals[slot] = InputType.Any;
            Unlink(origins, slot);
        }
        foreach (LocalStore store in uop.Stores)
        {
            locals[new LocalUse(LocalAccessKind.Write, store.Local).Slot(i.Oparg)] = proven[store.Input];
        }
        int pushes = uop.Pushes.For(i.Oparg);
        var outputs = new InputType[pushes];
        var outputOrigins = TypeState.Unloaded(pushes);
        for (int k = 0; k < pushes && k < uop.Produces.Count; k++)
        {
            (outputs[k], outputOrigins[k]) = Output(uop.Produces[k], i, stack, origins, first, locals, cleared);
        }
        var after = new TypeState([.. stack[..first], .. outputs], locals, [.. origins[..first], .. outputOrigins]);
        if (uop.Swaps)
        {
            int top = after.Stack.Length - 1;
            int deep = top + 1 - i.Oparg;
            (after.Stack[top], after.Stack[deep]) = (after.Stack[deep], after.Stack[top]);
            (after.Origins[top], after.Origins[deep]) = (after.Origins[deep], after.Origins[top]);
        }
        if (uop.Has(UopFlags.CanError) || uop.Consumes.Contains(InputType.ListIteratorNotExhausted))
        {
            after.ForgetExhaustionChecks();
        }
        return after;
    }

    /// <summary>A guard's proof for the value at <paramref name="slot"/>, the local it was loaded from and every other value loaded from that local.</summary>
    private static void Prove(InputType[] stack, int[] origins, InputType[] locals, int slot, InputType type)
    {
        InputType had = stack[slot];
        stack[slot] = type;
        int local = origins[slot];
        if (local == TypeState.NoLocal)
        {
            return;
        }
        if (CannotPass(had, local, stack, origins, locals, type))
        {
            // The object is known to be of another type, so the guard always leaves and what follows
            // runs on no path. Spreading the proof would overwrite what is known of the local and its
            // other loads there (a guard later on one of them would then re-type this value too), and
            // a trace may still use them as what they are: only this value takes the proven type, and
            // it stops speaking for the local.
            origins[slot] = TypeState.NoLocal;
            return;
        }
        locals[local] = Refine(locals[local], type);
        for (int s = 0; s < stack.Length; s++)
        {
            if (origins[s] == local)
            {
                stack[s] = Refine(stack[s], type);
            }
        }
    }

    /// <summary>Whether the value (of type <paramref name="had"/> before the guard), its local or another load of it is known to be a type the proof excludes.</summary>
    private static bool CannotPass(InputType had, int local, InputType[] stack, int[] origins, InputType[] locals, InputType proof) =>
        AbstractType.Excludes(had, proof) || AbstractType.Excludes(locals[local], proof)
        || Enumerable.Range(0, stack.Length).Any(s => origins[s] == local && AbstractType.Excludes(stack[s], proof));

    /// <summary>Keeps a type that already satisfies the proof (a not-exhausted list iterator stays one).</summary>
    private static InputType Refine(InputType have, InputType proof) => AbstractType.Satisfies(have, proof) ? have : proof;

    /// <summary>After a store into <paramref name="local"/>, no stack value is known to be what it holds.</summary>
    private static void Unlink(int[] origins, int local)
    {
        for (int s = 0; s < origins.Length; s++)
        {
            if (origins[s] == local)
            {
                origins[s] = TypeState.NoLocal;
            }
        }
    }

    private static (InputType Type, int Origin) Output(UopOutput o, TraceInstruction i, InputType[] stack, int[] origins, int first,
        InputType[] locals, HashSet<int> cleared) => o.Source switch
        {
            OutputSource.Input => (stack[first + o.Input], origins[first + o.Input]),
            OutputSource.Local => FromLocal(new LocalUse(LocalAccessKind.Read, o.Local).Slot(i.Oparg), locals, cleared),
            OutputSource.Peek => (stack[stack.Length - i.Oparg], origins[stack.Length - i.Oparg]),
            OutputSource.Constant => (i.Operand is ConstantOperand c ? AbstractType.Of(c.Value) : InputType.Any, TypeState.NoLocal),
            _ => (o.Type, TypeState.NoLocal),
        };

    /// <summary>A value read from a local is what it holds, unless the uop also unbinds it (None stands in then).</summary>
    private static (InputType Type, int Origin) FromLocal(int slot, InputType[] locals, HashSet<int> cleared) =>
        (locals[slot], cleared.Contains(slot) ? TypeState.NoLocal : slot);

    private void Arrive(int index, TypeState state)
    {
        if (trace.Instructions[index].Uop.Has(UopFlags.LeavesTrace))
        {
            return;
        }
        if (_states[index] is TypeState known)
        {
            if (known.JoinWith(state))
            {
                _work.Enqueue(index);
            }
            return;
        }
        _states[index] = state.Copy();
        _work.Enqueue(index);
    }
}
