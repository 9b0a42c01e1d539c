using StencilBench.Workloads.Optimizing;
using static StencilBench.Tests.Optimizing.SmallTraces;

namespace StencilBench.Tests.Optimizing;

/// <summary>Dropping <c>_CHECK_VALIDITY</c>: the first check on every path stays, a repeat with nothing escaping between goes.</summary>
public class ValidityCheckEliminationTests
{
    [Fact]
    public void First_check_after_entering_the_trace_stays() =>
        Assert.Equal(["_LOAD_FAST_0", "_POP_TOP", "_CHECK_VALIDITY", "_EXIT_TRACE"],
            After(new ValidityCheckElimination(), "    _LOAD_FAST_0\n    _POP_TOP\n    _CHECK_VALIDITY\n    _EXIT_TRACE\n"));

    [Fact]
    public void Repeated_check_with_nothing_escaping_between_goes() =>
        Assert.Equal(["_CHECK_VALIDITY", "_LOAD_FAST_0", "_POP_TOP", "_EXIT_TRACE"],
            After(new ValidityCheckElimination(), "    _CHECK_VALIDITY\n    _LOAD_FAST_0\n    _POP_TOP\n    _CHECK_VALIDITY\n    _EXIT_TRACE\n"));

    [Fact]
    public void Check_after_a_call_into_the_runtime_stays() =>
        Assert.Equal(["_CHECK_VALIDITY", "_CHECK_PERIODIC", "_CHECK_VALIDITY", "_EXIT_TRACE"],
            After(new ValidityCheckElimination(), "    _CHECK_VALIDITY\n    _CHECK_PERIODIC\n    _CHECK_VALIDITY\n    _EXIT_TRACE\n"));

    [Fact]
    public void Check_at_the_loop_head_stays_because_entry_reaches_it() =>
        Assert.Equal(["_CHECK_VALIDITY", "_CHECK_PERIODIC", "_JUMP_TO_TOP"],
            After(new ValidityCheckElimination(), "    _CHECK_VALIDITY\n    _CHECK_PERIODIC\n    _JUMP_TO_TOP\n"));

    [Fact]
    public void Check_reached_by_a_path_that_skipped_the_first_check_stays() =>
        Assert.Equal(["_LOAD_FAST_0", "_GUARD_TOS_INT", "_CHECK_VALIDITY", "_CHECK_VALIDITY", "_POP_TOP", "_EXIT_TRACE"],
            After(new ValidityCheckElimination(),
                "    _LOAD_FAST_0\n    _GUARD_TOS_INT jump=second\n    _CHECK_VALIDITY\nsecond:\n    _CHECK_VALIDITY\n    _POP_TOP\n    _EXIT_TRACE\n"));
}
