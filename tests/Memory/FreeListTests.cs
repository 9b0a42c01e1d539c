using StencilBench.Core.Memory;

namespace StencilBench.Tests.Memory;

/// <summary>An arena's bookkeeping: first fit, freed ranges reused and merged, a double free refused.</summary>
public class FreeListTests
{
    [Fact]
    public void Ranges_are_handed_out_first_fit_from_the_start()
    {
        var list = new FreeList(10);
        Assert.Equal(0, list.Take(3));
        Assert.Equal(3, list.Take(4));
    }

    [Fact]
    public void A_freed_range_is_handed_out_again()
    {
        var list = new FreeList(10);
        int a = list.Take(4);
        list.Take(4);
        list.Give(a, 4);
        Assert.Equal(a, list.Take(4));
    }

    [Fact]
    public void Neighbouring_free_ranges_merge_into_one()
    {
        var list = new FreeList(9);
        int a = list.Take(3), b = list.Take(3), c = list.Take(3);
        list.Give(a, 3);
        list.Give(c, 3);
        list.Give(b, 3);
        Assert.True(list.IsEmpty);
        Assert.Equal(0, list.Take(9));
    }

    [Fact]
    public void A_request_longer_than_any_free_range_is_refused()
    {
        var list = new FreeList(8);
        list.Take(3);
        Assert.Equal(-1, list.Take(6));
    }

    [Fact]
    public void Freeing_a_free_range_twice_is_an_error()
    {
        var list = new FreeList(8);
        int a = list.Take(2);
        list.Give(a, 2);
        Assert.Throws<InvalidOperationException>(() => list.Give(a, 2));
    }
}
