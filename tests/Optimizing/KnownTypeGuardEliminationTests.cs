using StencilBench.Core.Uops;
using StencilBench.Workloads.Optimizing;
using static StencilBench.Tests.Optimizing.SmallTraces;

namespace StencilBench.Tests.Optimizing;

/// <summary>Type propagation: a pure guard goes where its types are known on every path, stays where they are not.</summary>
public class KnownTypeGuardEliminationTests
{
    private static readonly KnownTypeGuardElimination Pass = new();

    [Fact]
    public void Guard_on_the_result_of_int_arithmetic_goes() =>
        Assert.Equal(["_LOAD_FAST_0", "_LOAD_FAST_0", "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT", "_POP_TOP", "_EXIT_TRACE"],
            After(Pass, "    _LOAD_FAST_0\n    _LOAD_FAST_0\n    _GUARD_BOTH_INT\n    _BINARY_OP_ADD_INT\n    _GUARD_TOS_INT\n    _POP_TOP\n    _EXIT_TRACE\n"));

    [Fact]
    public void Guard_on_a_small_int_constant_goes() =>
        Assert.Equal(["_LOAD_SMALL_INT_1", "_POP_TOP", "_EXIT_TRACE"],
            After(Pass, "    _LOAD_SMALL_INT_1\n    _GUARD_TOS_INT\n    _POP_TOP\n    _EXIT_TRACE\n"));

    [Fact]
    public void Guard_on_a_local_stays_though_the_declared_frame_holds_an_int() =>
        Assert.Equal(["_LOAD_FAST_0", "_GUARD_TOS_INT", "_POP_TOP", "_EXIT_TRACE"],
            After(Pass, "    _LOAD_FAST_0\n    _GUARD_TOS_INT\n    _POP_TOP\n    _EXIT_TRACE\n"));

    [Fact]
    public void Repeated_guard_goes_and_the_first_stays() =>
        Assert.Equal(["_LOAD_FAST_0", "_GUARD_TOS_INT", "_POP_TOP", "_EXIT_TRACE"],
            After(Pass, "    _LOAD_FAST_0\n    _GUARD_TOS_INT\n    _GUARD_TOS_INT\n    _POP_TOP\n    _EXIT_TRACE\n"));

    [Fact]
    public void Guard_on_a_local_stored_from_a_constant_goes() =>
        Assert.Equal(["_LOAD_SMALL_INT_1", "_STORE_FAST_1", "_LOAD_FAST_1", "_POP_TOP", "_EXIT_TRACE"],
            After(Pass, "    _LOAD_SMALL_INT_1\n    _STORE_FAST_1\n    _LOAD_FAST_1\n    _GUARD_TOS_INT\n    _POP_TOP\n    _EXIT_TRACE\n"));

    [Fact]
    public void Guard_on_a_second_load_of_a_guarded_local_goes() =>
        Assert.Equal(["_LOAD_FAST_0", "_GUARD_TOS_INT", "_LOAD_FAST_0", "_BINARY_OP_ADD_INT", "_POP_TOP", "_EXIT_TRACE"],
            After(Pass, "    _LOAD_FAST_0\n    _GUARD_TOS_INT\n    _LOAD_FAST_0\n    _GUARD_TOS_INT\n    _BINARY_OP_ADD_INT\n    _POP_TOP\n    _EXIT_TRACE\n"));

    [Fact]
    public void Guard_on_a_type_known_only_on_the_back_edge_stays() =>
        Assert.Equal(["_LOAD_FAST_1", "_GUARD_TOS_INT", "_POP_TOP", "_LOAD_SMALL_INT_1", "_STORE_FAST_1", "_CHECK_PERIODIC", "_JUMP_TO_TOP"],
            After(Pass, "    _LOAD_FAST_1\n    _GUARD_TOS_INT\n    _POP_TOP\n    _LOAD_SMALL_INT_1\n    _STORE_FAST_1\n    _CHECK_PERIODIC\n    _JUMP_TO_TOP\n",
                "locals: a = 1, b = 2\n"));

    [Fact]
    public void Both_ints_guard_with_the_left_known_narrows_to_the_top_guard() =>
        Assert.Equal(["_LOAD_SMALL_INT_1", "_LOAD_FAST_0", "_GUARD_TOS_INT", "_BINARY_OP_ADD_INT", "_POP_TOP", "_EXIT_TRACE"],
            After(Pass, "    _LOAD_SMALL_INT_1\n    _LOAD_FAST_0\n    _GUARD_BOTH_INT\n    _BINARY_OP_ADD_INT\n    _POP_TOP\n    _EXIT_TRACE\n"));

    [Fact]
    public void Removed_guard_counts_as_a_guard_removed() =>
        Assert.Equal(1, Pass.Run(Of("    _LOAD_SMALL_INT_1\n    _GUARD_TOS_INT\n    _POP_TOP\n    _EXIT_TRACE\n")).GuardsRemoved);

    [Fact]
    public void Pure_guards_are_the_type_checks_that_do_nothing_else() =>
        Assert.Equal(
            ["_GUARD_BOTH_FLOAT", "_GUARD_BOTH_INT", "_GUARD_NOS_FLOAT", "_GUARD_NOS_INT", "_GUARD_NOS_LIST", "_GUARD_NOT_EXHAUSTED_LIST",
             "_GUARD_TOS_FLOAT", "_GUARD_TOS_INT", "_GUARD_TOS_LIST", "_ITER_CHECK_LIST", "_ITER_CHECK_RANGE", "_TO_BOOL_BOOL"],
            UopTable.All.Where(PureGuards.Is).Select(u => u.Name).Order(StringComparer.Ordinal));
}
