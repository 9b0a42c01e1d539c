using StencilBench.Core.Memory;

namespace StencilBench.Tests.Memory;

/// <summary>Code memory for 32-bit targets' code patched here: in the first 2 GB, W^X like the rest.</summary>
public class Below2GCodeMemoryTests
{
    [Fact]
    public void Every_block_lies_in_the_first_2_GB()
    {
        using var memory = new Below2GCodeMemory();
        var blocks = Enumerable.Range(0, 8).Select(_ => memory.Allocate(10_000)).ToList();
        Assert.All(blocks, b => Assert.True((ulong)b.Run + (ulong)b.Size <= 1UL << 31, $"0x{b.Run:x}"));
        blocks.ForEach(b => b.Dispose());
    }

    [Fact]
    public void A_block_is_no_longer_writable_once_executable()
    {
        using var memory = new Below2GCodeMemory();
        using var block = (ExecutableMemory)memory.Allocate(100);
        block.MakeExecutable();
        Assert.Throws<InvalidOperationException>(() => { block.Writable[0] = 1; });
    }
}
