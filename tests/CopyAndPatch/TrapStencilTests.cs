using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>The trap that ends every trace is a stencil clang built (native/jit_trap.c), not a byte the backend knows.</summary>
public class TrapStencilTests
{
    [Fact]
    public void The_trap_is_a_bare_stencil_and_on_x86_64_the_one_byte_int3()
    {
        var trap = new CopyAndPatchBackend().Stencils.Trap;
        Assert.Equal("trap", trap.Name);
        Assert.Empty(trap.Code.Holes);
        Assert.Empty(trap.Data.Body);
        Assert.Equal(0, trap.TrailingJumpLength);
        // One byte, as the hard-coded int3 was: a trace's code bytes do not change.
        Assert.Equal([0xCC], trap.Code.Body);
    }

    [Fact]
    public unsafe void Every_trace_ends_with_the_trap_stencil()
    {
        var backend = new CopyAndPatchBackend();
        var trap = backend.Stencils.Trap.Code.Body;
        foreach (var workload in WorkloadCatalog.Load().All)
        {
            using var trace = new NativeTrace(workload.Instantiate().Trace);
            byte[] memory = new byte[1 << 20];
            fixed (byte* p = memory)
            {
                var layout = backend.CopyAndPatchInto(trace, p, memory.Length);
                Assert.Equal(trap.Length, layout.TrapLength);
                Assert.Equal(layout.CodeSize, layout.TrapOffset + trap.Length);
                Assert.True(memory.AsSpan(layout.TrapOffset, trap.Length).SequenceEqual(trap), $"{workload.Name}: the code does not end with the trap stencil");
            }
        }
    }

    [Fact]
    public void The_golden_dump_lists_the_trap_stencil()
    {
        string golden = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "golden", "stencils.x86_64-unknown-linux-gnu.txt"));
        Assert.Contains("## trap: code 1 bytes (trailing jump 0), data 0 bytes", golden);
    }
}
