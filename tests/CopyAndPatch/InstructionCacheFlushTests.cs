using StencilBench.Core.Memory;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>Executable memory flushes the instruction cache over its pages before they become executable.</summary>
public class InstructionCacheFlushTests
{
    [Fact]
    public void MakeExecutable_flushes_the_whole_mapping_while_it_is_still_writable()
    {
        var cache = new RecordingCache();
        using var memory = new ExecutableMemory(100, cache: cache);
        cache.Memory = memory;
        memory.Writable[0] = 0xC3;
        Assert.Empty(cache.Flushes);
        memory.MakeExecutable();
        Assert.Equal([(memory.Address, (nuint)memory.Size, false)], cache.Flushes);
        Assert.True(memory.IsExecutable);
    }

    [Fact]
    public void The_host_flush_is_needed_only_off_x86()
    {
        var arch = System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture;
        Assert.Equal(arch is not (System.Runtime.InteropServices.Architecture.X64 or System.Runtime.InteropServices.Architecture.X86), HostInstructionCache.NeedsFlush);
    }

    private sealed class RecordingCache : IInstructionCache
    {
        public ExecutableMemory? Memory { get; set; }

        public List<(nint Address, nuint Length, bool WasExecutable)> Flushes { get; } = [];

        public void Flush(nint address, nuint length) => Flushes.Add((address, length, Memory?.IsExecutable ?? true));
    }
}
