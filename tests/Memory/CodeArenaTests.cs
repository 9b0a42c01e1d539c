using StencilBench.Core.Memory;

namespace StencilBench.Tests.Memory;

/// <summary>The pooled and dual-mapped arenas: space reused, growth when full, unmapping when their owner is done.</summary>
[Collection(MappingsCollection.Name)]
public unsafe class CodeArenaTests
{
    public static TheoryData<string> Kinds => ["pooled", "dual-mapped"];

    private static CodeArena Arena(string kind, int segmentSize = 1 << 16) =>
        new(kind == "pooled" ? new PooledPages() : new DualMappedPages(), segmentSize);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_disposed_block_space_is_handed_out_again(string kind)
    {
        using var arena = Arena(kind);
        var first = arena.Allocate(1000);
        nint run = first.Run;
        first.MakeExecutable();
        first.Dispose();
        using var second = arena.Allocate(1000);
        Assert.Equal(run, second.Run);
        second.Write[0] = 0xC3; // writable again
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_full_arena_grows_a_segment_instead_of_failing(string kind)
    {
        using var arena = Arena(kind, segmentSize: 4096);
        var blocks = Enumerable.Range(0, 3).Select(_ => arena.Allocate(3000)).ToList();
        Assert.Equal(3, arena.Mappings.Count);
        Assert.Equal(3, blocks.Select(b => b.Run).Distinct().Count());
        blocks.ForEach(b => b.Dispose());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_block_larger_than_a_segment_gets_a_segment_of_its_own(string kind)
    {
        using var arena = Arena(kind, segmentSize: 4096);
        using var block = arena.Allocate(3 * 4096 + 1);
        Assert.True(block.Size >= 3 * 4096 + 1);
        Assert.Contains(arena.Mappings, m => m.Size >= block.Size);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Disposing_the_arena_unmaps_its_segments(string kind)
    {
        var arena = Arena(kind);
        var block = arena.Allocate(100);
        nint run = block.Run;
        block.Dispose();
        var mapped = ProcessMaps.At(run);
        Assert.NotNull(mapped);
        arena.Dispose();
        Assert.NotEqual(mapped, ProcessMaps.At(run)); // gone (or another mapping since: .NET maps views of its own code)
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_disposed_arena_stays_mapped_until_its_last_block_is_disposed(string kind)
    {
        var arena = Arena(kind);
        var block = arena.Allocate(100);
        var mapped = ProcessMaps.At(block.Run);
        arena.Dispose();
        Assert.Equal(mapped, ProcessMaps.At(block.Run));
        nint run = block.Run;
        block.Dispose();
        Assert.NotEqual(mapped, ProcessMaps.At(run));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_run_view_is_never_writable(string kind)
    {
        using var arena = Arena(kind);
        using var block = arena.Allocate(100);
        block.Write[0] = 0xC3;
        block.MakeExecutable();
        var mapping = ProcessMaps.At(block.Run);
        Assert.NotNull(mapping);
        Assert.True(mapping.Executable && !mapping.Writable, mapping.Permissions);
    }

    [Fact]
    public void The_dual_mapping_runs_what_was_written_through_the_other_view()
    {
        using var arena = Arena("dual-mapped");
        using var block = arena.Allocate(16);
        Assert.NotEqual((nint)block.Write, block.Run);
        // mov eax, 42; ret
        byte[] code = [0xB8, 42, 0, 0, 0, 0xC3];
        code.CopyTo(new Span<byte>(block.Write, code.Length));
        block.MakeExecutable();
        Assert.Equal(42, ((delegate* unmanaged<int>)block.Run)());
    }

    [Fact]
    public void A_dual_mapped_arena_makes_no_page_writable_and_executable()
    {
        using var arena = Arena("dual-mapped");
        using var block = arena.Allocate(100);
        var write = ProcessMaps.At((nint)block.Write);
        var run = ProcessMaps.At(block.Run);
        Assert.NotNull(write);
        Assert.NotNull(run);
        Assert.True(write.Writable && !write.Executable, write.Permissions);
        Assert.True(run.Executable && !run.Writable, run.Permissions);
    }
}
