using StencilBench.Workloads.Verification;
using StencilBench.Core.Traces;
using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Optimizing;

/// <summary>
/// Drops each <c>_CHECK_VALIDITY</c> that an earlier check has already made on every path with
/// nothing in between that could invalidate the executor: a forward "may have escaped" analysis,
/// as CPython's <c>remove_unneeded_uops</c>. Entering the trace counts as escaping (the host may
/// have invalidated it), so the first check on every path stays; so does every check after a uop
/// that calls into the runtime (<paramref name="escapes"/>; by default a uop that can fail, the ones
/// that call helpers such as the periodic handler, where CPython would run arbitrary code).
/// </summary>
public sealed class ValidityCheckElimination(Func<UopInfo, bool>? escapes = null) : ITracePass
{
    private readonly Func<UopInfo, bool> _escapes = escapes ?? (u => u.Has(UopFlags.CanError));

    public string Name => "validity";

    public PassResult Run(Trace trace)
    {
        bool[] mayHaveEscaped = MayHaveEscaped(trace);
        var changes = new List<UopChange>();
        for (int k = 0; k < trace.MainLength; k++)
        {
            if (trace.Instructions[k].Uop.Name == "_CHECK_VALIDITY" && !mayHaveEscaped[k])
            {
                changes.Add(new UopChange(k, "_CHECK_VALIDITY", UopChange.Removed, "checked before on every path, nothing escaped since"));
            }
        }
        return new PassResult(Name, trace, TraceEdit.Apply(trace, changes.Select(c => c.Index).ToHashSet()), changes);
    }

    /// <summary>For each uop: whether, on some path reaching it, the executor may have been invalidated since the last check.</summary>
    private bool[] MayHaveEscaped(Trace trace)
    {
        var state = new bool[trace.Instructions.Count];
        var reached = new bool[trace.Instructions.Count];
        var work = new Queue<int>();
        Arrive(0, true);
        while (work.TryDequeue(out int k))
        {
            UopInfo uop = trace.Instructions[k].Uop;
            bool after = uop.Name == "_CHECK_VALIDITY" ? false : state[k] || _escapes(uop);
            foreach (int s in ControlFlow.Successors(trace, k))
            {
                Arrive(s, after);
            }
        }
        return state;

        void Arrive(int k, bool escaped)
        {
            if (!reached[k] || (escaped && !state[k]))
            {
                reached[k] = true;
                state[k] |= escaped;
                work.Enqueue(k);
            }
        }
    }
}
