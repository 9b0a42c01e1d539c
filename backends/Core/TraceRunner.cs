using StencilBench.Stencils.Native;
using StencilBench.Stencils.Traces;

namespace StencilBench.Backends;

/// <summary>What one run of a trace gave: the outcome, the reference counts, the live objects.</summary>
/// <param name="ReferenceCounts">Every frame slot's reference count after the run, locals then stack.</param>
/// <param name="LeakedObjects">Live objects after everything was freed, less those before: 0 when clean.</param>
public sealed record RunResult(Outcome Outcome, IReadOnlyList<long> ReferenceCounts, long LeakedObjects);

/// <summary>Loads, compiles and runs a trace once on a backend, freeing everything after.</summary>
public static unsafe class TraceRunner
{
    public static RunResult Run(IBackend backend, Trace trace)
    {
        long before = NativeMethods.sb_live_objects();
        Outcome outcome;
        IReadOnlyList<long> counts;
        using (var native = new NativeTrace(trace))
        using (var compiled = backend.Compile(native))
        using (var frame = new FrameHandle(trace))
        {
            long exit = compiled.Run(frame.Frame, frame.ThreadState);
            outcome = frame.ReadOutcome(exit);
            counts = frame.ReferenceCounts();
        }
        return new RunResult(outcome, counts, NativeMethods.sb_live_objects() - before);
    }
}
