using StencilBench.Workloads.Verification;
using StencilBench.Core.Traces;
using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Optimizing;

/// <summary>
/// Drops each <c>_SET_IP</c> whose value nothing reads: a backward liveness analysis of the
/// frame's <c>instr_ptr</c>. A <c>_SET_IP</c> writes it; so does every way out of a trace
/// (<c>GOTO_TIER_ONE</c> stores the leaving uop's own target, in every backend), so exits, deopts
/// and errors report their own target, never an earlier <c>_SET_IP</c>'s. What reads it is
/// <paramref name="readsInstrPtr"/>: in this runtime no uop body or helper does (no helper is
/// given the frame), so by default every <c>_SET_IP</c> goes; a runtime whose helpers inspect the
/// frame (CPython's tracebacks, <c>sys._getframe</c>) names its escaping uops there.
/// </summary>
public sealed class SetIpElimination(Func<UopInfo, bool>? readsInstrPtr = null) : ITracePass
{
    private readonly Func<UopInfo, bool> _reads = readsInstrPtr ?? (_ => false);

    public string Name => "set-ip";

    public PassResult Run(Trace trace)
    {
        bool[] liveIn = LiveIn(trace);
        var changes = new List<UopChange>();
        for (int k = 0; k < trace.MainLength; k++)
        {
            if (trace.Instructions[k].Uop.Family == "_SET_IP" && !ControlFlow.Successors(trace, k).Any(s => liveIn[s]))
            {
                changes.Add(new UopChange(k, "_SET_IP", UopChange.Removed, "instr_ptr written again before anything reads it"));
            }
        }
        return new PassResult(Name, trace, TraceEdit.Apply(trace, changes.Select(c => c.Index).ToHashSet()), changes);
    }

    /// <summary>Whether instr_ptr's value on entry to each uop may still be read.</summary>
    private bool[] LiveIn(Trace trace)
    {
        int n = trace.Instructions.Count;
        var live = new bool[n];
        for (bool changed = true; changed;)
        {
            changed = false;
            for (int k = n - 1; k >= 0; k--)
            {
                bool value = Live(trace, k, live);
                changed |= value != live[k];
                live[k] = value;
            }
        }
        return live;
    }

    private bool Live(Trace trace, int k, bool[] live)
    {
        UopInfo uop = trace.Instructions[k].Uop;
        if (_reads(uop))
        {
            return true;
        }
        bool writes = uop.Family == "_SET_IP" || uop.Has(UopFlags.LeavesTrace);
        return !writes && ControlFlow.Successors(trace, k).Any(s => live[s]);
    }
}
