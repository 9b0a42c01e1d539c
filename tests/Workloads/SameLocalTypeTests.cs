using StencilBench.Tests.Differential;
using StencilBench.Workloads.Random;
using static StencilBench.Tests.Workloads.TraceText;

namespace StencilBench.Tests.Workloads;

/// <summary>A guard on a value loaded from a local also proves the local and its other loads, until a store into it.</summary>
public class SameLocalTypeTests
{
    private static string Trace(string uops) => "name: t\nlocals: x = None, y = None\ntrace:\n" + uops + "    _POP_TOP\n    _EXIT_TRACE\n" + Tail;

    [Fact]
    public void Guard_on_the_second_load_of_a_local_proves_the_first() =>
        Assert.NotNull(Parse(Trace("    _LOAD_FAST_0\n    _LOAD_FAST_0\n    _GUARD_TOS_FLOAT\n    _BINARY_OP_MULTIPLY_FLOAT\n")).Instantiate());

    [Fact]
    public void Guard_on_a_load_proves_a_later_load_of_the_same_local() =>
        Assert.NotNull(Parse(Trace("    _LOAD_FAST_0\n    _GUARD_TOS_FLOAT\n    _POP_TOP\n    _LOAD_FAST_0\n    _LOAD_FAST_0\n    _BINARY_OP_MULTIPLY_FLOAT\n")).Instantiate());

    [Fact]
    public void Store_between_the_loads_keeps_the_first_unproven() =>
        Assert.Equal("t.uops:9:5: error: _BINARY_OP_MULTIPLY_FLOAT needs a float as input 1 of 2, but its type is not proven here",
            InstantiateError(Trace("    _LOAD_FAST_0\n    _PUSH_NULL\n    _STORE_FAST_0\n    _LOAD_FAST_0\n    _GUARD_TOS_FLOAT\n    _BINARY_OP_MULTIPLY_FLOAT\n")));

    [Fact]
    public void Store_after_the_guard_ends_the_proof_of_the_local() =>
        Assert.Equal("t.uops:10:5: error: _BINARY_OP_MULTIPLY_FLOAT needs a float as input 1 of 2, but its type is not proven here",
            InstantiateError(Trace("    _LOAD_FAST_0\n    _GUARD_TOS_FLOAT\n    _PUSH_NULL\n    _STORE_FAST_0\n    _LOAD_FAST_0\n    _LOAD_FAST_0\n    _BINARY_OP_MULTIPLY_FLOAT\n")));

    [Fact]
    public void Guard_on_one_local_does_not_prove_another() =>
        Assert.Equal("t.uops:7:5: error: _BINARY_OP_MULTIPLY_FLOAT needs a float as input 1 of 2, but its type is not proven here",
            InstantiateError(Trace("    _LOAD_FAST_0\n    _LOAD_FAST_1\n    _GUARD_TOS_FLOAT\n    _BINARY_OP_MULTIPLY_FLOAT\n")));

    [Fact]
    public void Copy_of_a_loaded_value_shares_its_proof() =>
        Assert.NotNull(Parse(Trace("    _LOAD_FAST_0\n    _COPY 1\n    _GUARD_TOS_FLOAT\n    _BINARY_OP_MULTIPLY_FLOAT\n")).Instantiate());

    // x is a list: a guard for an int on a load of it always leaves, and the uops after it run on no path.
    private static string ListTrace(string uops) => "name: t\nlocals: x = [1, 2]\ntrace:\n" + uops + "    _POP_TOP\n    _EXIT_TRACE\n" + Tail;

    [Fact]
    public void Guard_that_cannot_pass_leaves_the_other_load_of_the_local_as_it_was() =>
        Assert.NotNull(Parse(ListTrace("    _LOAD_FAST_0\n    _LOAD_FAST_0\n    _GUARD_TOS_INT\n    _POP_TOP\n    _LOAD_SMALL_INT_0\n    _BINARY_OP_SUBSCR_LIST_INT\n")).Instantiate());

    [Fact]
    public void Guard_that_cannot_pass_leaves_later_loads_of_the_local_as_they_were() =>
        Assert.NotNull(Parse(ListTrace("    _LOAD_FAST_0\n    _GUARD_TOS_INT\n    _POP_TOP\n    _LOAD_FAST_0\n    _LOAD_SMALL_INT_0\n    _BINARY_OP_SUBSCR_LIST_INT\n")).Instantiate());

    [Fact]
    public void Value_whose_guard_cannot_pass_has_the_proven_type() =>
        Assert.NotNull(Parse(ListTrace("    _LOAD_FAST_0\n    _GUARD_TOS_INT\n    _LOAD_SMALL_INT_1\n    _BINARY_OP_ADD_INT\n")).Instantiate());

    [Fact]
    public void Guard_on_another_load_leaves_a_value_whose_guard_cannot_pass_as_proven() =>
        Assert.NotNull(Parse(ListTrace("    _LOAD_FAST_0\n    _LOAD_FAST_0\n    _GUARD_TOS_INT\n    _GUARD_NOS_LIST\n    _BINARY_OP_SUBSCR_LIST_INT\n")).Instantiate());

    /// <summary>The random generator's subscript after such a guard (random_5371's uop 25): list, then index guarded.</summary>
    [Fact]
    public void Subscript_guards_after_a_guard_that_cannot_pass_prove_both_operands() =>
        Assert.NotNull(Parse(ListTrace("    _LOAD_FAST_0\n    _LOAD_FAST_0\n    _GUARD_TOS_INT\n    _GUARD_NOS_LIST\n    _GUARD_TOS_INT\n    _BINARY_OP_SUBSCR_LIST_INT\n")).Instantiate());

    [Theory]
    [InlineData(5371)]
    [InlineData(9383)]
    public void Random_trace_with_a_guard_that_cannot_pass_verifies(int seed) =>
        Assert.NotNull(RandomTraceGenerator.Generate(seed, RandomTraceDifferentialTests.LengthOf(seed)));
}
