using StencilBench.Core.Traces;
using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Verification;

/// <summary>
/// An abstract interpretation over the trace (run after <see cref="FlowChecker"/>, so depths agree):
/// each stack value and local has a known type or none, starting from the declared frame; guards
/// prove types on their fall-through path (<see cref="UopInfo.Proves"/>), outputs carry the types
/// the bodies show (<see cref="UopInfo.Produces"/>), paths that meet keep what they agree on, to a
/// fixed point. Rejects a uop whose inputs are not proven to be what it assumes (<see cref="UopInfo.Consumes"/>).
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
        var below = state.Stack[..(depth - pops)];
        if (uop.Has(UopFlags.CanError))
        {
            Arrive(i.ErrorTarget, new TypeState(below, (InputType[])state.Locals.Clone()));
        }
        if (uop.Has(UopFlags.CanDeopt) || uop.Has(UopFlags.CanExit))
        {
            Arrive(i.JumpTarget, uop.Has(UopFlags.PopsBeforeExit) ? new TypeState(below, (InputType[])state.Locals.Clone()) : state.Copy());
        }
        TypeState after = After(i, state, below, inputs);
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

    private static TypeState After(TraceInstruction i, TypeState before, InputType[] below, InputType[] inputs)
    {
        UopInfo uop = i.Uop;
        var proven = inputs.Select((t, k) => k < uop.Proves.Count && uop.Proves[k] != InputType.Any ? uop.Proves[k] : t).ToArray();
        var locals = (InputType[])before.Locals.Clone();
        foreach (int slot in LocalAccess.Writes(i).Concat(LocalAccess.Clears(i)))
        {
            locals[slot] = InputType.Any;
        }
        foreach (LocalStore store in uop.Stores)
        {
            locals[new LocalUse(LocalAccessKind.Write, store.Local).Slot(i.Oparg)] = proven[store.Input];
        }
        int pushes = uop.Pushes.For(i.Oparg);
        var outputs = new InputType[pushes];
        for (int k = 0; k < pushes; k++)
        {
            outputs[k] = k >= uop.Produces.Count ? InputType.Any : Output(uop.Produces[k], i, before, proven, locals);
        }
        var after = new TypeState([.. below, .. outputs], locals);
        if (uop.Swaps)
        {
            int top = after.Stack.Length - 1;
            (after.Stack[top], after.Stack[top + 1 - i.Oparg]) = (after.Stack[top + 1 - i.Oparg], after.Stack[top]);
        }
        if (uop.Has(UopFlags.CanError) || uop.Consumes.Contains(InputType.ListIteratorNotExhausted))
        {
            after.ForgetExhaustionChecks();
        }
        return after;
    }

    private static InputType Output(UopOutput o, TraceInstruction i, TypeState before, InputType[] proven, InputType[] locals) => o.Source switch
    {
        OutputSource.Input => proven[o.Input],
        OutputSource.Local => locals[new LocalUse(LocalAccessKind.Read, o.Local).Slot(i.Oparg)],
        OutputSource.Peek => before.Stack[before.Stack.Length - i.Oparg],
        OutputSource.Constant => i.Operand is ConstantOperand c ? AbstractType.Of(c.Value) : InputType.Any,
        _ => o.Type,
    };

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
