using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>copy-and-patch+hotcold: a trace lays out every uop's hot part, the trap, then every cold part.</summary>
public class HotColdLayoutTests
{
    private static StencilSet HotColdSet => new CopyAndPatchBackend(CopyAndPatchOptions.Default with { HotCold = true }, 0, "#000000").Stencils;

    [Fact]
    public void Every_cold_part_lies_after_the_hot_code_and_the_trap()
    {
        var set = HotColdSet;
        foreach (var workload in WorkloadCatalog.Load().All)
        {
            using var trace = new NativeTrace(workload.Instantiate().Trace);
            var layout = new TraceLayout(set, trace);
            Assert.All(layout.ColdOffsets, offset => Assert.InRange(offset, layout.HotSize, layout.CodeSize));
            int cold = Enumerable.Range(0, trace.Length).Sum(i => set.Uops[trace[i].Opcode].Cold?.Body.Length ?? 0);
            Assert.Equal(layout.HotSize + cold, layout.CodeSize);
        }
    }

    [Fact]
    public void The_error_path_of_binary_op_add_int_is_cold()
    {
        var add = HotColdSet.Uops.Single(g => g.Name == "_BINARY_OP_ADD_INT");
        Assert.DoesNotContain(add.Code.Holes, h => h.Value == HoleValue.ErrorTarget);
        Assert.Contains(add.Cold!.Holes, h => h.Value == HoleValue.ErrorTarget);
    }
}
