using System.Numerics;
using StencilBench.Backends.Interp;
using StencilBench.Core.Traces;
using StencilBench.Frontend.Running;
using StencilBench.Frontend.Tier1;
using StencilBench.Workloads.Model;
using StencilBench.Workloads.Optimizing;
using Xunit;

namespace StencilBench.Tests.Tier1;

/// <summary>The hand-coded fibonacci's warm loop projects to the hand-written fibonacci.uops trace, and runs to the same result.</summary>
public class FibonacciProjectionTests
{
    private static (object Result, TraceStats Stats) RunWithTrace(int n)
    {
        using var entry = new TracingEntry(new InterpBackend(), TraceOptimizer.Default);
        var t1 = new Tier1Interpreter(new QuickenedCode(HandCode.Fibonacci(), new AdaptiveCounter(3, 0)), entry);
        object result = t1.Call([(BigInteger)n]);
        return (result, entry.Stats);
    }

    // The one difference: the projection puts _SET_IP + _CHECK_VALIDITY before every instruction as
    // 3.14 does, and the optimizer keeps a _CHECK_VALIDITY after each uop that can fail (an error may
    // run code); the hand-written trace kept only the first. Compared without them, and apart.
    private static IEnumerable<string> MainUops(Trace trace) =>
        trace.Instructions.Take(trace.MainLength).Select(i => i.Uop.Name).Where(n => n is not ("_SET_IP" or "_CHECK_VALIDITY"));

    [Fact]
    public void Each_projected_instruction_starts_with_SET_IP_and_CHECK_VALIDITY_at_its_offset()
    {
        Trace projected = RunWithTrace(100).Stats.Projected!;
        var head = projected.Instructions.Skip(2).Take(2).ToList();
        Assert.Equal(["_SET_IP", "_CHECK_VALIDITY"], head.Select(i => i.Uop.Name));
        Assert.Equal([9L, 9L], head.Select(i => (long)i.Target));
    }

    [Fact]
    public void The_optimised_projection_has_the_uops_of_the_hand_written_trace()
    {
        var stats = RunWithTrace(100).Stats;
        Trace hand = TraceOptimizer.Default.Run(WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace).After;
        Assert.Equal(string.Join(" ", MainUops(hand)), string.Join(" ", MainUops(stats.Optimized!)));
    }

    [Fact]
    public void Fibonacci_of_100_through_tier_1_and_the_trace_is_the_big_int()
    {
        var (result, stats) = RunWithTrace(100);
        Assert.Equal(BigInteger.Parse("354224848179261915075", System.Globalization.CultureInfo.InvariantCulture), result);
        Assert.Equal(1, stats.Entries);
        Assert.Equal(1, stats.Exits[ExitKind.Exit]);
    }
}
