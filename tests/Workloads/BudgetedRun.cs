using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;

namespace StencilBench.Tests.Workloads;

/// <summary>
/// One run of a trace with the eval breaker set and an interrupt budget: every loop of a verified
/// trace passes a <c>_CHECK_PERIODIC</c>, so the run ends after at most that many periodic checks.
/// </summary>
public static unsafe class BudgetedRun
{
    public static RunResult Run(IBackend backend, Trace trace, long periodicBudget)
    {
        long before = NativeMethods.sb_live_objects();
        Outcome outcome;
        IReadOnlyList<long> counts;
        using (var native = new NativeTrace(trace))
        using (var compiled = backend.Compile(native))
        using (var frame = new FrameHandle(trace))
        {
            frame.ThreadState->EvalBreaker = 1;
            frame.ThreadState->InterruptAfter = periodicBudget;
            long exit = compiled.Run(frame.Frame, frame.ThreadState);
            outcome = frame.ReadOutcome(exit);
            counts = frame.ReferenceCounts();
        }
        return new RunResult(outcome, counts, NativeMethods.sb_live_objects() - before);
    }
}
