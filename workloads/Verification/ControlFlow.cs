using StencilBench.Core.Traces;
using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Verification;

/// <summary>
/// Where control can go after each uop of a trace: the straight line, a jump, a guard's exit, an
/// error. The verifier walks it (the flow and periodic-check rules) and the optimizer's passes read it.
/// </summary>
internal static class ControlFlow
{
    /// <summary>The uops that may run right after the uop at <paramref name="index"/> (none when it leaves the trace).</summary>
    public static IEnumerable<int> Successors(Trace trace, int index)
    {
        TraceInstruction i = trace.Instructions[index];
        UopInfo uop = i.Uop;
        if (uop.Has(UopFlags.LeavesTrace))
        {
            yield break;
        }
        if (uop.Has(UopFlags.CanError))
        {
            yield return i.ErrorTarget;
        }
        if (uop.HasJumpTarget)
        {
            yield return i.JumpTarget;
        }
        if (!uop.Has(UopFlags.Jumps) && index + 1 < trace.Instructions.Count)
        {
            yield return index + 1;
        }
    }

    /// <summary>Whether some jump, guard exit or error of the trace lands on <paramref name="index"/>.</summary>
    public static bool IsBranchTarget(Trace trace, int index) =>
        trace.Instructions.Any(i => (i.Uop.HasJumpTarget && i.JumpTarget == index) || (i.Uop.Has(UopFlags.CanError) && i.ErrorTarget == index));
}
