using StencilBench.Workloads.Optimizing;
using static StencilBench.Tests.Optimizing.SmallTraces;

namespace StencilBench.Tests.Optimizing;

/// <summary>What removing uops does to a trace's control flow: targets follow, unreachable stubs go.</summary>
public class TraceEditTests
{
    [Fact]
    public void Loop_back_edge_to_a_removed_first_uop_lands_on_the_next_kept_one()
    {
        var after = new SetIpElimination().Run(Of("    _SET_IP operand=1\n    _CHECK_PERIODIC\n    _JUMP_TO_TOP\n")).After;
        Assert.Equal(["_CHECK_PERIODIC", "_JUMP_TO_TOP"], Names(after));
        Assert.Equal(0, after.Instructions[1].JumpTarget);
    }

    [Fact]
    public void Targets_past_a_removed_uop_move_down_by_one()
    {
        var after = new SetIpElimination().Run(Of("    _SET_IP operand=1\n    _LOAD_FAST_0\n    _GUARD_TOS_INT\n    _POP_TOP\n    _EXIT_TRACE\n")).After;
        Assert.Equal("_EXIT_TRACE", after.Instructions[after.Instructions[1].JumpTarget].Uop.Name);
        Assert.Equal(after.MainLength, after.Instructions[1].JumpTarget);
    }

    [Fact]
    public void Exit_stub_of_a_removed_guard_is_dropped()
    {
        var before = Of("    _LOAD_SMALL_INT_1\n    _GUARD_TOS_INT\n    _POP_TOP\n    _EXIT_TRACE\n");
        var after = new KnownTypeGuardElimination().Run(before).After;
        Assert.Equal(1, before.Instructions.Count - before.MainLength);
        Assert.Equal(0, after.Instructions.Count - after.MainLength);
    }
}
