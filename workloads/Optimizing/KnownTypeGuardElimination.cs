using StencilBench.Core.Traces;
using StencilBench.Core.Uops;
using StencilBench.Workloads.Verification;

namespace StencilBench.Workloads.Optimizing;

/// <summary>
/// Type propagation, as CPython's optimizer_bytecodes.c abstract interpreter: the verifier's
/// <see cref="TypeChecker"/> run over the trace from a frame of which nothing is known (the code
/// must stay right for any frame its guards admit), to a fixed point over every path. A pure
/// guard (<see cref="PureGuards"/>) whose proofs hold before it on every path is removed (results
/// of typed arithmetic, constants such as <c>_LOAD_SMALL_INT</c>, values an earlier guard checked);
/// a two-input guard with one side known is narrowed to the one-input guard for the other.
/// </summary>
public sealed class KnownTypeGuardElimination : ITracePass
{
    public string Name => "types";

    public PassResult Run(Trace trace)
    {
        var types = new TypeChecker(trace, new TypeState(new InputType[trace.Stack.Count], new InputType[trace.Locals.Count]), reject: false);
        types.Run();
        var changes = new List<UopChange>();
        var replace = new Dictionary<int, TraceInstruction>();
        for (int k = 0; k < trace.MainLength; k++)
        {
            TraceInstruction i = trace.Instructions[k];
            if (!PureGuards.Is(i.Uop) || types.Before(k) is not TypeState state)
            {
                continue;
            }
            bool[] known = Known(i.Uop, state);
            if (known.All(x => x))
            {
                changes.Add(new UopChange(k, i.Uop.Name, UopChange.Removed, "its types are known on every path") { IsGuard = true });
            }
            else if (known.Length == 2 && PureGuards.Narrowed(i.Uop.Name, known[0], known[1]) is string narrowed)
            {
                replace[k] = i with { Uop = UopTable.Get(narrowed) };
                changes.Add(new UopChange(k, i.Uop.Name, narrowed, $"input {(known[0] ? 1 : 2)} of 2 is known") { IsGuard = true });
            }
        }
        var remove = changes.Where(c => c.Change == UopChange.Removed).Select(c => c.Index).ToHashSet();
        return new PassResult(Name, trace, TraceEdit.Apply(trace, remove, replace), changes);
    }

    /// <summary>For each input the guard proves something of: whether that already holds.</summary>
    private static bool[] Known(UopInfo guard, TypeState state)
    {
        int pops = guard.Pops.Fixed;
        var inputs = state.Stack[(state.Stack.Length - pops)..];
        return [.. guard.Proves.Select((p, k) => p == InputType.Any || AbstractType.Satisfies(inputs[k], p))];
    }
}
