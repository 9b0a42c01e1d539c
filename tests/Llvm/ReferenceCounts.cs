namespace StencilBench.Tests.Llvm;

/// <summary>
/// Reference counts as backends can be compared on them: an immortal object's count (None, the
/// bools, small ints start at 2^60) drifts with everything the process does (True gains two per
/// TraceRunner.Run, whatever the backend), so it reads only as "immortal".
/// </summary>
internal static class ReferenceCounts
{
    private const long ImmortalFloor = 1L << 59;

    public static IReadOnlyList<string> Comparable(IReadOnlyList<long> counts) =>
        counts.Select(c => c >= ImmortalFloor ? "immortal" : c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
