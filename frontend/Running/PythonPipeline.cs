using StencilBench.Core.Backends;
using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Tier1;
using StencilBench.Workloads.Optimizing;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace StencilBench.Frontend.Running;

/// <summary>One call through tier 1 and, when a backend is given, tier 2 on it: what it returned, how long it took, what the trace did.</summary>
public sealed record PipelineRun(string Tier, CallResult Result, double Nanoseconds, TraceStats? Stats, QuickenedCode Code);

/// <summary>
/// Calls a function the ways <c>run F.py:fn(args)</c> compares: tier 1 alone, and tier 1 with
/// tier 2 on a backend (tier 1 until a loop is warm, the trace on the backend, tier 1 to the end).
/// Each call starts from fresh code (no quickening carried over) and fresh argument objects.
/// </summary>
public sealed class PythonPipeline(CodeObject code, IReadOnlyList<Value> args, AdaptiveCounter jumpThreshold)
{
    public PipelineRun Tier1Only() => Call(null, "tier 1");

    public PipelineRun WithTraces(IBackend backend, TraceOptimizer optimizer)
    {
        using var entry = new TracingEntry(backend, optimizer);
        return Call(entry, backend.Name) with { Stats = entry.Stats };
    }

    private PipelineRun Call(TracingEntry? entry, string tier)
    {
        var quickened = new QuickenedCode(code, jumpThreshold);
        var interpreter = new Tier1Interpreter(quickened, entry);
        object[] actual = [.. args.Select(ValueConversion.FromValue)];
        long start = Stopwatch.GetTimestamp();
        CallResult result;
        try
        {
            result = CallResult.Of(interpreter.Call(actual));
        }
        catch (PythonError e)
        {
            result = CallResult.Raised(e);
        }
        return new PipelineRun(tier, result, Stopwatch.GetElapsedTime(start).TotalNanoseconds, entry?.Stats, quickened);
    }
}
