using Stopwatch = System.Diagnostics.Stopwatch;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;
using StencilBench.Core.Values;
using StencilBench.Frontend.Projection;
using StencilBench.Frontend.Tier1;
using StencilBench.Workloads.Optimizing;

namespace StencilBench.Frontend.Running;

/// <summary>
/// Tier 2 behind tier 1, as CPython's executors: a warm JUMP_BACKWARD projects its loop
/// (<see cref="TraceProjector"/>), the optimizer's passes run, the backend compiles it once, and
/// from then on every arrival at that jump enters the compiled trace (ENTER_EXECUTOR) with the live
/// frame. A side exit, deopt or error puts the frame back for tier 1 at the exit's offset; an error
/// is raised there as the Python exception it stands for. A frame whose values do not have the types
/// the trace was formed with stays in tier 1 (the trace's verifier knew those).
/// </summary>
public sealed unsafe class TracingEntry(IBackend backend, TraceOptimizer optimizer) : ITraceEntry, IDisposable
{
    private readonly Dictionary<int, (NativeTrace Native, ICompiledTrace Compiled, Trace Trace)> _executors = [];
    private readonly HashSet<int> _failed = [];

    public TraceStats Stats { get; } = new();

    public bool TryEnter(Tier1Frame frame, QuickenedCode code, int jumpIndex, bool warm)
    {
        if (!_executors.TryGetValue(jumpIndex, out var executor))
        {
            if (!warm || _failed.Contains(jumpIndex) || !TryForm(frame, code, jumpIndex, out executor))
            {
                return false;
            }
        }
        Trace entry = executor.Trace with
        {
            Locals = [.. frame.Locals.Select(ValueConversion.ToValue)],
            Stack = [.. frame.Stack.Select(v => ValueConversion.ToValue(v)!)],
        };
        if (!SameTypes(entry, executor.Trace))
        {
            return false;
        }
        long start = Stopwatch.GetTimestamp();
        Outcome outcome;
        object?[] resolved;
        using (var handle = new FrameHandle(entry))
        {
            var identity = new ObjectIdentity(handle, [.. frame.Locals, .. frame.Stack]);
            long exit = executor.Compiled.Run(handle.Frame, handle.ThreadState);
            outcome = handle.ReadOutcome(exit);
            resolved = identity.Resolve(handle, [.. outcome.Locals, .. outcome.Stack]);
        }
        Stats.RunNanoseconds += Stopwatch.GetElapsedTime(start).TotalNanoseconds;
        Stats.Entries++;
        Stats.Exits[outcome.Exit] = Stats.Exits.GetValueOrDefault(outcome.Exit) + 1;
        Resume(frame, outcome, resolved);
        return true;
    }

    private bool TryForm(Tier1Frame frame, QuickenedCode code, int jumpIndex, out (NativeTrace, ICompiledTrace, Trace) executor)
    {
        executor = default;
        long start = Stopwatch.GetTimestamp();
        try
        {
            ProjectedTrace projected = TraceProjector.Project(code, frame, code.Code.Name);
            Trace optimized = optimizer.Run(projected.Trace).After;
            Stats.Projected = projected.Trace;
            Stats.Optimized = optimized;
            Stats.ProjectNanoseconds += Stopwatch.GetElapsedTime(start).TotalNanoseconds;
            start = Stopwatch.GetTimestamp();
            var native = new NativeTrace(optimized);
            ICompiledTrace compiled = backend.Compile(native);
            Stats.CompileNanoseconds += Stopwatch.GetElapsedTime(start).TotalNanoseconds;
            executor = (native, compiled, optimized);
            _executors[jumpIndex] = executor;
            return true;
        }
        catch (Exception e) when (e is ProjectionException or TraceException)
        {
            Stats.Failure = e.Message;
            _failed.Add(jumpIndex);
            return false;
        }
    }

    private static bool SameTypes(Trace entry, Trace formed) =>
        entry.Locals.Select(v => v?.TypeName).SequenceEqual(formed.Locals.Select(v => v?.TypeName))
        && entry.Stack.Count == formed.Stack.Count
        && entry.Stack.Select(v => v?.TypeName).SequenceEqual(formed.Stack.Select(v => v.TypeName));

    private static void Resume(Tier1Frame frame, Outcome outcome, object?[] resolved)
    {
        int locals = frame.Locals.Length;
        Array.Copy(resolved, frame.Locals, locals);
        frame.Stack.Clear();
        frame.Stack.AddRange(resolved.Skip(locals));
        frame.Ip = (int)outcome.InstrPtr;
        if (outcome.Exit == ExitKind.Error)
        {
            throw new PythonError(ErrorNames.Of(outcome.Error), "raised in the trace");
        }
    }

    public void Dispose()
    {
        foreach (var (native, compiled, _) in _executors.Values)
        {
            compiled.Dispose();
            native.Dispose();
        }
        _executors.Clear();
    }
}

/// <summary>Python's exception name for a runtime error kind.</summary>
public static class ErrorNames
{
    public static string Of(ErrorKind kind) => kind switch
    {
        ErrorKind.ZeroDivision => "ZeroDivisionError",
        ErrorKind.Type => "TypeError",
        ErrorKind.Index => "IndexError",
        ErrorKind.Overflow => "OverflowError",
        ErrorKind.Memory => "MemoryError",
        ErrorKind.Value => "ValueError",
        ErrorKind.Interrupt => "KeyboardInterrupt",
        _ => "SystemError",
    };
}
