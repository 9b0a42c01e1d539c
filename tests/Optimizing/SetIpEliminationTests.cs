using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Workloads.Optimizing;
using static StencilBench.Tests.Optimizing.SmallTraces;

namespace StencilBench.Tests.Optimizing;

/// <summary>Dropping <c>_SET_IP</c>: gone where every way out writes its own target, kept where something reads it first.</summary>
public class SetIpEliminationTests
{
    private const string ThroughGenericAdd = "    _SET_IP operand=7\n    _LOAD_FAST_0\n    _LOAD_FAST_0\n    _BINARY_OP 0\n    _POP_TOP\n    _EXIT_TRACE\n";

    [Fact]
    public void Set_ip_goes_when_nothing_reads_the_frame_before_the_exit_writes_its_own_target() =>
        Assert.Equal(["_LOAD_FAST_0", "_LOAD_FAST_0", "_BINARY_OP", "_POP_TOP", "_EXIT_TRACE"], After(new SetIpElimination(), ThroughGenericAdd));

    [Fact]
    public void Set_ip_before_a_uop_that_reads_the_frame_stays() =>
        Assert.Equal(["_SET_IP", "_LOAD_FAST_0", "_LOAD_FAST_0", "_BINARY_OP", "_POP_TOP", "_EXIT_TRACE"],
            After(new SetIpElimination(u => u.Name == "_BINARY_OP"), ThroughGenericAdd));

    [Fact]
    public void Set_ip_overwritten_before_the_read_goes_and_the_later_one_stays() =>
        Assert.Equal(["_SET_IP", "_LOAD_FAST_0", "_LOAD_FAST_0", "_BINARY_OP", "_POP_TOP", "_EXIT_TRACE"],
            After(new SetIpElimination(u => u.Name == "_BINARY_OP"), "    _SET_IP operand=3\n" + ThroughGenericAdd));

    [Fact]
    public void Set_ip_read_only_on_a_guard_exit_path_stays() =>
        Assert.Equal(["_SET_IP", "_LOAD_FAST_0", "_GUARD_TOS_INT", "_POP_TOP", "_DEOPT"],
            After(new SetIpElimination(u => u.Name == "_EXIT_TRACE"), "    _SET_IP operand=7\n    _LOAD_FAST_0\n    _GUARD_TOS_INT\n    _POP_TOP\n    _DEOPT\n"));

    [Fact]
    public void Every_way_out_reports_its_own_target_not_the_last_set_ip()
    {
        var trace = Of("    _SET_IP operand=999\n    _EXIT_TRACE target=5\n");
        Assert.Equal(5, TraceRunner.Run(new InterpBackend(), trace).Outcome.InstrPtr);
    }
}
