using static StencilBench.Tests.Workloads.TraceText;

namespace StencilBench.Tests.Workloads;

/// <summary>The verifier requires a <c>_CHECK_PERIODIC</c> on every loop, so an interrupt can stop any trace.</summary>
public class PeriodicVerificationTests
{
    private const string Head = "name: t\nlocals: a = 1\ntrace:\n";
    private const string Tail = "expect:\n    exit: exit\n";

    [Fact]
    public void Loop_without_a_periodic_check_is_rejected_where_it_closes() =>
        Assert.Equal("t.uops:6:5: error: the loop from uop 2 back to uop 0 never passes a _CHECK_PERIODIC, so nothing could interrupt it",
            InstantiateError(Head + "    _LOAD_FAST 0\n    _POP_TOP\n    _JUMP_TO_TOP\n" + Tail));

    [Fact]
    public void Loop_with_a_periodic_check_verifies() =>
        Parse(Head + "    _LOAD_FAST 0\n    _POP_TOP\n    _CHECK_PERIODIC\n    _JUMP_TO_TOP\n" + Tail).Instantiate();

    [Fact]
    public void Guard_jumping_back_past_the_periodic_check_is_rejected() =>
        Assert.Equal("t.uops:10:5: error: the loop from uop 4 back to uop 2 never passes a _CHECK_PERIODIC, so nothing could interrupt it",
            InstantiateError(Head + "top:\n    _NOP\n    _CHECK_PERIODIC\nbody:\n    _LOAD_FAST 0\n    _TO_BOOL_INT\n    _GUARD_IS_TRUE_POP jump=body\n    _JUMP_TO_TOP\n" + Tail));

    [Fact]
    public void Periodic_check_on_the_shared_back_edge_covers_both_loops() =>
        Parse(Head + "top:\n    _CHECK_PERIODIC\n    _LOAD_FAST 0\n    _TO_BOOL_INT\n    _GUARD_IS_TRUE_POP jump=top\n    _JUMP_TO_TOP\n" + Tail).Instantiate();
}
