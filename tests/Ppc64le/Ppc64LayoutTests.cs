using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Ppc64le;

/// <summary>
/// A prefixed instruction must not cross a 64-byte boundary, and clang kept the stencils' from
/// doing so counting from a 64-byte-aligned start: in every trace each powerpc64le stencil starts
/// 64-byte aligned, and the cold part (the trampolines) 16-byte aligned.
/// </summary>
public class Ppc64LayoutTests
{
    private static StencilSet Stencils =>
        HostStencils.TryCreate("powerpc64le-unknown-linux-gnu", out string? why) ?? throw new InvalidOperationException(why);

    [Fact]
    public void Every_stencil_of_a_powerpc64le_trace_starts_64_byte_aligned()
    {
        var set = Stencils;
        foreach (var workload in WorkloadCatalog.Load().All.Where(d => d.Executors.Count == 0))
        {
            using var trace = new NativeTrace(workload.Instantiate().Trace);
            var layout = new TraceLayout(set, trace);
            Assert.All(layout.CodeOffsets, offset => Assert.True(offset % 64 == 0, $"{workload.Name}: a stencil at 0x{offset:x}"));
            Assert.All(layout.ColdOffsets, offset => Assert.True(offset % 16 == 0, $"{workload.Name}: a cold part at 0x{offset:x}"));
        }
    }

    [Fact]
    public void Every_powerpc64le_stencil_is_a_multiple_of_64_bytes_once_its_trailing_branch_is_dropped()
    {
        var set = Stencils;
        Assert.All(set.Uops.Append(set.Shim).Append(set.Trap), g =>
            Assert.True((g.Code.Body.Length - g.TrailingJumpLength) % 64 == 0, $"{g.Name}: {g.Code.Body.Length} bytes, trailing {g.TrailingJumpLength}"));
    }
}
