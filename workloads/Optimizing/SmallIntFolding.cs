using StencilBench.Workloads.Verification;
using StencilBench.Core.Traces;
using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Optimizing;

/// <summary>
/// Folds constant small ints: <c>_LOAD_SMALL_INT a; _LOAD_SMALL_INT b; _BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_INT</c>
/// becomes <c>_LOAD_SMALL_INT (a op b)</c> when the result is a small int too (0..256, the cached
/// objects the runtime hands out for it anyway, so reference counts come out the same and the
/// arithmetic cannot fail), and <c>_LOAD_SMALL_INT; _POP_TOP</c> goes. Nothing may jump into the
/// middle of a pattern. (Guards on constants go in <see cref="KnownTypeGuardElimination"/>:
/// a small int is known to be an int.)
/// </summary>
public sealed class SmallIntFolding : ITracePass
{
    private const int Largest = 256;

    public string Name => "fold";

    public PassResult Run(Trace trace)
    {
        var changes = new List<UopChange>();
        var replace = new Dictionary<int, TraceInstruction>();
        for (int k = 0; k + 1 < trace.MainLength; k++)
        {
            if (!IsSmallInt(trace, k) || ControlFlow.IsBranchTarget(trace, k + 1))
            {
                continue;
            }
            if (trace.Instructions[k + 1].Uop.Name == "_POP_TOP")
            {
                changes.Add(Removed(trace, k, "its value is popped unused"));
                changes.Add(Removed(trace, k + 1, "pops an unused constant"));
                k++;
            }
            else if (k + 2 < trace.MainLength && IsSmallInt(trace, k + 1) && !ControlFlow.IsBranchTarget(trace, k + 2)
                && Fold(trace.Instructions[k + 2].Uop.Name, trace.Instructions[k].Oparg, trace.Instructions[k + 1].Oparg) is long c and >= 0 and <= Largest)
            {
                replace[k] = Load(trace.Instructions[k], (int)c);
                changes.Add(new UopChange(k, trace.Instructions[k].Uop.Name, replace[k].Uop.Name + " " + c, "both operands are constants"));
                changes.Add(Removed(trace, k + 1, "folded into the constant before it"));
                changes.Add(Removed(trace, k + 2, "folded into the constant before it"));
                k += 2;
            }
        }
        var remove = changes.Where(c => c.Change == UopChange.Removed).Select(c => c.Index).ToHashSet();
        return new PassResult(Name, trace, TraceEdit.Apply(trace, remove, replace), changes);
    }

    private static bool IsSmallInt(Trace trace, int k) => trace.Instructions[k].Uop.Family == "_LOAD_SMALL_INT";

    private static UopChange Removed(Trace trace, int k, string why) => new(k, trace.Instructions[k].Uop.Name, UopChange.Removed, why);

    private static long? Fold(string op, long a, long b) => op switch
    {
        "_BINARY_OP_ADD_INT" => a + b,
        "_BINARY_OP_SUBTRACT_INT" => a - b,
        "_BINARY_OP_MULTIPLY_INT" => a * b,
        _ => null,
    };

    private static TraceInstruction Load(TraceInstruction first, int value)
    {
        UopInfo uop = UopTable.TryGet($"_LOAD_SMALL_INT_{value}", out UopInfo fixedOne) ? fixedOne : UopTable.Get("_LOAD_SMALL_INT");
        return first with { Uop = uop, Oparg = value };
    }
}
