using StencilBench.Core.Native;
using StencilBench.Core.Traces;

namespace StencilBench.Core.Backends;

/// <summary>What one run of a trace gave: the outcome, the reference counts, the live objects.</summary>
/// <param name="ReferenceCounts">Every frame slot's reference count after the run, locals then stack.</param>
/// <param name="LeakedObjects">Live objects after everything was freed, less those before: 0 when clean.</param>
public sealed record RunResult(Outcome Outcome, IReadOnlyList<long> ReferenceCounts, long LeakedObjects)
{
    /// <summary>
    /// How this run differs from the reference run (the interpreter's) in exit, frame or reference
    /// counts, as one line; null when it does not. Leaks are not compared: check LeakedObjects.
    /// </summary>
    public string? DifferenceFrom(RunResult reference)
    {
        Outcome a = Outcome, b = reference.Outcome;
        bool sameOutcome = a.Exit == b.Exit && a.InstrPtr == b.InstrPtr && a.Error == b.Error
            && a.Locals.SequenceEqual(b.Locals) && a.Stack.SequenceEqual(b.Stack);
        if (!sameOutcome)
        {
            return $"outcome {a}; interp {b}";
        }
        if (!ReferenceCounts.SequenceEqual(reference.ReferenceCounts))
        {
            return $"reference counts [{string.Join(", ", ReferenceCounts)}]; interp [{string.Join(", ", reference.ReferenceCounts)}]";
        }
        return null;
    }
}

/// <summary>Loads, compiles and runs a trace once on a backend, freeing everything after.</summary>
public static unsafe class TraceRunner
{
    public static RunResult Run(IBackend backend, Trace trace)
    {
        long before = NativeMethods.sb_live_objects();
        Outcome outcome;
        IReadOnlyList<long> counts;
        using (var native = new NativeTrace(trace))
        using (var compiled = ExecutorGraph.Compile(backend, native))
        using (var frame = new FrameHandle(trace))
        {
            long exit = compiled.Run(frame.Frame, frame.ThreadState);
            outcome = frame.ReadOutcome(exit);
            counts = frame.ReferenceCounts();
        }
        return new RunResult(outcome, counts, NativeMethods.sb_live_objects() - before);
    }
}
