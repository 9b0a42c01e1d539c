using StencilBench.Core.Memory;

namespace StencilBench.Tests.Memory;

/// <summary>The near arena's gap search: the free gap nearest the runtime, and only within rel32 reach of all of it.</summary>
public class NearPlacementTests
{
    private const ulong Page = 4096;
    private const ulong Gb = 1UL << 30;

    [Fact]
    public void The_gap_nearest_the_range_is_chosen()
    {
        // [lib] sits at 10 GB; free below 9 GB and above 12 GB; 9..12 GB taken but for the lib.
        var maps = new List<(ulong, ulong)> { (9 * Gb, 10 * Gb), (10 * Gb, 10 * Gb + Page * 4), (10 * Gb + Page * 4, 12 * Gb) };
        ulong gap = NearPlacement.FindGap(maps, 10 * Gb, 10 * Gb + Page * 4, Page * 16, Page);
        Assert.Equal(9 * Gb - Page * 16, gap);
    }

    [Fact]
    public void A_gap_out_of_rel32_reach_is_not_chosen()
    {
        // Everything within 3 GB either side of the lib is taken.
        var maps = new List<(ulong, ulong)> { (7 * Gb, 13 * Gb) };
        Assert.Equal(0UL, NearPlacement.FindGap(maps, 10 * Gb, 10 * Gb + Page, Page * 16, Page));
    }

    [Fact]
    public void Every_byte_of_the_chosen_gap_reaches_every_byte_of_the_range()
    {
        var maps = new List<(ulong, ulong)> { (Gb, 10 * Gb), (11 * Gb, 20 * Gb) };
        ulong low = 10 * Gb - Page * 8, high = 10 * Gb;
        ulong size = Page * 256;
        ulong gap = NearPlacement.FindGap(maps, low, high, size, Page);
        Assert.NotEqual(0UL, gap);
        Assert.True(gap >= 10 * Gb && gap + size <= 11 * Gb);
        Assert.True(gap + size - low <= int.MaxValue && high - gap <= int.MaxValue);
    }

    [Fact]
    public void This_process_maps_are_read_sorted()
    {
        var maps = NearPlacement.ReadMappings();
        Assert.NotEmpty(maps);
        Assert.Equal(maps.OrderBy(m => m.Start), maps);
        Assert.All(maps, m => Assert.True(m.Start < m.End));
    }
}
