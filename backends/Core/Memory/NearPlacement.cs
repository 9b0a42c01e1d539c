using System.Globalization;

namespace StencilBench.Core.Memory;

/// <summary>
/// Finds room for code within rel32 reach (±2 GB) of every address in a range (the runtime
/// library's functions), by reading the process's mappings (/proc/self/maps) and picking the free
/// gap nearest the range. Linux puts an mmap whose hint is taken far away, and .NET reserves much
/// of the space around the libraries, so a hint alone does not do.
/// </summary>
public static class NearPlacement
{
    private const long Reach = int.MaxValue;

    /// <summary>
    /// The lowest-distance page-aligned start of <paramref name="size"/> free bytes such that
    /// every byte of it is within a rel32 displacement of every address in [<paramref name="low"/>,
    /// <paramref name="high"/>], among the gaps between <paramref name="mappings"/> (sorted, [start, end)); 0 if none.
    /// </summary>
    public static ulong FindGap(IReadOnlyList<(ulong Start, ulong End)> mappings, ulong low, ulong high, ulong size, ulong page)
    {
        // The block [x, x + size) is in reach when x + size - low <= Reach and high - x <= Reach.
        ulong lowest = AlignUp(high > Reach ? high - Reach : 0, page);
        ulong highest = (low + Reach - size) / page * page;
        ulong best = 0;
        ulong bestDistance = ulong.MaxValue;
        ulong gapStart = page * 16; // never down by the zero page
        for (int i = 0; i <= mappings.Count; i++)
        {
            ulong gapEnd = i < mappings.Count ? mappings[i].Start : 0x7fff_ffff_f000UL;
            ulong a = AlignUp(Math.Max(gapStart, lowest), page);
            ulong b = gapEnd >= size ? Math.Min((gapEnd - size) / page * page, highest) : 0;
            if (gapEnd >= size && a <= b)
            {
                // The start in [a, b] nearest the range: the highest below it, the lowest above it.
                ulong x = b + size <= low ? b : a;
                ulong distance = x + size <= low ? low - (x + size) : x >= high ? x - high : 0;
                if (distance < bestDistance)
                {
                    best = x;
                    bestDistance = distance;
                }
            }
            if (i < mappings.Count)
            {
                gapStart = Math.Max(gapStart, mappings[i].End);
            }
        }
        return best;
    }

    private static ulong AlignUp(ulong value, ulong page) => (value + page - 1) / page * page;

    /// <summary>This process's mappings, sorted: [start, end) of each line of /proc/self/maps.</summary>
    public static List<(ulong Start, ulong End)> ReadMappings(string path = "/proc/self/maps")
    {
        var mappings = new List<(ulong, ulong)>();
        foreach (string line in File.ReadLines(path))
        {
            int dash = line.IndexOf('-');
            int space = line.IndexOf(' ');
            if (dash > 0 && space > dash)
            {
                mappings.Add((ulong.Parse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    ulong.Parse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }
        }
        mappings.Sort();
        return mappings;
    }

    /// <summary>A placement for <see cref="DualMappedPages"/>: a gap near [low, high] read afresh for each segment (0 when none).</summary>
    public static Func<int, nint> Near(ulong low, ulong high) =>
        size => (nint)FindGap(ReadMappings(), low, high, (ulong)size, (ulong)Environment.SystemPageSize);
}
