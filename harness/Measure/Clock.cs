using System.Diagnostics;

namespace StencilBench.Harness.Measure;

/// <summary>The monotonic clock every measurement reads (Stopwatch), in nanoseconds.</summary>
public static class Clock
{
    public static long Now() => Stopwatch.GetTimestamp();

    public static double NsSince(long start) => (Stopwatch.GetTimestamp() - start) * 1e9 / Stopwatch.Frequency;
}
