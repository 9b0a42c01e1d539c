using StencilBench.Core.Traces;
using StencilBench.Workloads.Building;
using static StencilBench.Tests.Workloads.TraceText;

namespace StencilBench.Tests.Workloads;

/// <summary>Traces whose uops would read or write memory as the wrong type: each rejected with one exact message.</summary>
public class TypeVerifierTests
{
    private static string Trace(string header, string uops) => "name: t\n" + header + "trace:\n" + uops + Tail;

    [Fact]
    public void Copy_of_a_checked_list_iterator_keeps_its_not_exhausted_proof() =>
        Parse(Trace("stack: iter([1, 2])\n",
            "    _ITER_CHECK_LIST\n    _GUARD_NOT_EXHAUSTED_LIST\n    _LOAD_SMALL_INT_0\n    _COPY 2\n    _ITER_NEXT_LIST\n    _POP_TOP\n    _POP_TOP\n    _POP_TOP\n    _EXIT_TRACE\n")).Instantiate();

    [Fact]
    public void List_exhaustion_guard_on_a_range_iterator_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: _GUARD_NOT_EXHAUSTED_LIST needs a list iterator as input 1 of 1, but it is a range iterator",
            InstantiateError(Trace("stack: iter(range(3))\n", "    _GUARD_NOT_EXHAUSTED_LIST\n    _EXIT_TRACE\n")));

    [Fact]
    public void List_next_on_a_range_iterator_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: _ITER_NEXT_LIST needs a list iterator checked not exhausted as input 1 of 1, but it is a range iterator",
            InstantiateError(Trace("stack: iter(range(3))\n", "    _ITER_NEXT_LIST\n    _EXIT_TRACE\n")));

    [Fact]
    public void List_store_into_a_tuple_is_rejected() =>
        Assert.Equal("t.uops:7:5: error: _STORE_SUBSCR_LIST_INT needs a list as input 2 of 3, but its type is not proven here",
            InstantiateError(Trace("locals: t = (1, 2)\n",
                "    _LOAD_SMALL_INT_0\n    _LOAD_FAST_0\n    _LOAD_SMALL_INT_0\n    _STORE_SUBSCR_LIST_INT\n    _EXIT_TRACE\n")));

    [Fact]
    public void List_loop_without_its_exhaustion_guard_is_rejected() =>
        Assert.Equal("t.uops:5:5: error: _ITER_NEXT_LIST needs a list iterator checked not exhausted as input 1 of 1, but it is a list iterator",
            InstantiateError(Trace("stack: iter([1, 2])\n", "    _ITER_CHECK_LIST\n    _ITER_NEXT_LIST\n    _POP_TOP\n    _CHECK_PERIODIC\n    _JUMP_TO_TOP\n")));

    [Fact]
    public void List_loop_guarded_only_before_its_first_iteration_is_rejected() =>
        Assert.Equal("t.uops:10:5: error: _ITER_NEXT_LIST needs a list iterator checked not exhausted as input 1 of 1, but it is a list iterator",
            InstantiateError(Trace("stack: iter([1, 2])\n",
                "    _ITER_CHECK_LIST\n    _GUARD_NOT_EXHAUSTED_LIST\ntop:\n    _ITER_NEXT_LIST\n    _POP_TOP\n    _NOP\n    _ITER_NEXT_LIST\n    _POP_TOP\n    _CHECK_PERIODIC\n    _JUMP_TO_TOP jump=top\n")));

    [Fact]
    public void Guarded_list_loop_verifies() =>
        Assert.NotNull(Parse(Trace("stack: iter([1, 2])\n",
            "    _ITER_CHECK_LIST\n    _GUARD_NOT_EXHAUSTED_LIST\n    _ITER_NEXT_LIST\n    _POP_TOP\n    _CHECK_PERIODIC\n    _JUMP_TO_TOP\n")).Instantiate());

    [Fact]
    public void Range_next_on_a_bool_made_by_unary_not_is_rejected() =>
        Assert.Equal("t.uops:5:5: error: _ITER_NEXT_RANGE needs a range iterator as input 1 of 1, but it is a bool",
            InstantiateError(Trace("stack: True\n", "    _UNARY_NOT\n    _ITER_NEXT_RANGE\n    _EXIT_TRACE\n")));

    [Fact]
    public void Int_add_of_a_local_that_becomes_a_float_around_the_back_edge_is_rejected() =>
        Assert.Equal("t.uops:6:5: error: _BINARY_OP_ADD_INT needs an int as input 1 of 2, but its type is not proven here",
            InstantiateError(Trace("locals: x = 1\n",
                "    _LOAD_FAST_0\n    _LOAD_FAST_0\n    _BINARY_OP_ADD_INT\n    _POP_TOP\n    _LOAD_CONST_INLINE operand=1.5\n    _STORE_FAST_0\n    _CHECK_PERIODIC\n    _JUMP_TO_TOP\n")));

    [Fact]
    public void Int_add_guarded_on_both_inputs_verifies() =>
        Assert.NotNull(Parse(Trace("locals: x = 1.5\n",
            "    _LOAD_FAST_0\n    _LOAD_FAST_0\n    _GUARD_BOTH_INT\n    _BINARY_OP_ADD_INT\n    _STORE_FAST_0\n    _CHECK_PERIODIC\n    _JUMP_TO_TOP\n")).Instantiate());

    [Fact]
    public void Extend_guard_with_a_descriptor_beyond_the_table_is_rejected() =>
        Assert.Equal("t.uops:5:5: error: descriptor index 11 is out of range (the runtime has 11 binary-op descriptors)",
            InstantiateError(Trace("", "    _LOAD_SMALL_INT_1\n    _LOAD_SMALL_INT_2\n    _GUARD_BINARY_OP_EXTEND operand=11\n    _EXIT_TRACE\n")));

    [Fact]
    public void Extend_action_with_a_descriptor_beyond_the_table_is_rejected() =>
        Assert.Equal("t.uops:5:5: error: descriptor index 11 is out of range (the runtime has 11 binary-op descriptors)",
            InstantiateError(Trace("", "    _LOAD_SMALL_INT_1\n    _LOAD_SMALL_INT_2\n    _BINARY_OP_EXTEND operand=11\n    _EXIT_TRACE\n")));

    [Fact]
    public void Trace_longer_than_16_bit_targets_can_address_is_rejected() =>
        Assert.Equal("long: error: the trace has 65537 uops with its exit stubs, more than the 65536 that the native instruction record's 16-bit jump and error targets can address",
            Assert.Throws<TraceException>(() => Nops(65536).Build()).Message);

    [Fact]
    public void Trace_of_exactly_65536_uops_verifies() => Assert.NotNull(Nops(65535).Build());

    private static TraceBuilder Nops(int n)
    {
        var b = new TraceBuilder("long");
        for (int k = 0; k < n; k++)
        {
            b.Uop("_NOP");
        }
        return b.Uop("_EXIT_TRACE");
    }
}
