using StencilBench.Backends;
using StencilBench.Stencils.Native;
using StencilBench.Stencils.Traces;

namespace StencilBench.Tests.Template;

/// <summary>
/// One run of a trace with what it did to the immortal objects (None, True, False, the small
/// ints). Their counts are shared by every run in the process, so two runs are compared by the
/// change each made to them; frame slots holding an immortal are compared by that change alone.
/// </summary>
public sealed unsafe record DifferentialRun(RunResult Result, long[] ImmortalDeltas)
{
    private const long ImmortalFloor = 1L << 59;
    private const int SmallInts = 256 + 5 + 1;

    public static DifferentialRun Of(IBackend backend, Trace trace)
    {
        long[] before = ImmortalCounts();
        var result = TraceRunner.Run(backend, trace);
        long[] after = ImmortalCounts();
        return new DifferentialRun(result, after.Zip(before, (a, b) => a - b).ToArray());
    }

    /// <summary>The frame's counts with every immortal shown as -1.</summary>
    public IEnumerable<long> MortalCounts => Result.ReferenceCounts.Select(c => c >= ImmortalFloor ? -1 : c);

    /// <summary>Null when both runs left the same counts; otherwise what differs.</summary>
    public string? CountsDiffer(DifferentialRun other)
    {
        if (!MortalCounts.SequenceEqual(other.MortalCounts))
        {
            return $"frame counts [{string.Join(", ", MortalCounts)}] vs [{string.Join(", ", other.MortalCounts)}]";
        }
        if (!ImmortalDeltas.SequenceEqual(other.ImmortalDeltas))
        {
            return $"immortal count changes [{string.Join(", ", ImmortalDeltas)}] vs [{string.Join(", ", other.ImmortalDeltas)}] (None, True, False, -5..256)";
        }
        return null;
    }

    private static long[] ImmortalCounts()
    {
        var symbols = RuntimeSymbols.Shared;
        var counts = new long[3 + SmallInts];
        counts[0] = ((SbObject*)symbols.Address("_SbNone"))->RefCount;
        counts[1] = ((SbObject*)symbols.Address("_SbTrue"))->RefCount;
        counts[2] = ((SbObject*)symbols.Address("_SbFalse"))->RefCount;
        var ints = (SbIntObject*)symbols.Address("_SbSmallInts");
        for (int i = 0; i < SmallInts; i++)
        {
            counts[3 + i] = ints[i].Header.RefCount;
        }
        return counts;
    }
}
