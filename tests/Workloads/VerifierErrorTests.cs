using StencilBench.Core.Traces;
using StencilBench.Core.Values;
using StencilBench.Workloads.Building;
using static StencilBench.Tests.Workloads.TraceText;

namespace StencilBench.Tests.Workloads;

/// <summary>Traces that parse but must not run: each rejected with one exact message.</summary>
public class VerifierErrorTests
{
    [Fact]
    public void Local_index_beyond_the_locals_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: local index 5 is out of range (the frame has 2 locals)",
            InstantiateError(WithUops("    _LOAD_FAST 5\n    _EXIT_TRACE\n")));

    [Fact]
    public void Packed_local_index_beyond_the_locals_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: local index 5 is out of range (the frame has 2 locals)",
            InstantiateError(WithUops("    _LOAD_FAST_LOAD_FAST 0x50\n    _EXIT_TRACE\n")));

    [Fact]
    public void Stack_underflow_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: stack underflow: _POP_TOP needs 1 value, the stack has 0",
            InstantiateError(WithUops("    _POP_TOP\n    _EXIT_TRACE\n")));

    [Fact]
    public void Copy_deeper_than_the_stack_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: stack underflow: _COPY needs 1 value, the stack has 0",
            InstantiateError(WithUops("    _COPY 1\n    _EXIT_TRACE\n")));

    [Fact]
    public void Falling_off_the_end_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: the trace falls off its end: its last uop must jump or leave the trace, not _LOAD_FAST",
            InstantiateError(WithUops("    _LOAD_FAST 0\n")));

    [Fact]
    public void Load_of_an_unbound_local_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: local 'b' may be unbound here",
            InstantiateError(WithUops("    _LOAD_FAST 1\n    _EXIT_TRACE\n")));

    [Fact]
    public void Stack_beyond_the_given_capacity_is_rejected() =>
        Assert.Equal("t.uops:6:5: error: stack overflow: depth 2 exceeds the frame's room of 1 (capacity 2 - 1 locals)",
            InstantiateError("name: t\nlocals: a = 1\ncapacity: 2\ntrace:\n    _LOAD_FAST 0\n    _LOAD_FAST 0\n    _EXIT_TRACE\n" + Tail));

    [Fact]
    public void Paths_joining_with_different_depths_are_rejected() =>
        Assert.Equal("t.uops:5:5: error: inconsistent stack depth: 0 coming from the trace's entry, 1 coming from uop 1",
            InstantiateError("name: t\nlocals: a = 1\ntrace:\ntop:\n    _LOAD_FAST 0\n    _JUMP_TO_TOP jump=top\n" + Tail));

    [Fact]
    public void Constant_load_without_a_constant_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: _LOAD_CONST_INLINE needs a constant operand (operand=VALUE)",
            InstantiateError(WithUops("    _LOAD_CONST_INLINE\n    _EXIT_TRACE\n")));

    [Fact]
    public void Swap_with_itself_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: _SWAP needs an oparg of at least 2", InstantiateError(WithUops("    _SWAP 1\n    _EXIT_TRACE\n")));

    [Fact]
    public void Small_int_beyond_256_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: oparg 300 is not a small int (0..256)",
            InstantiateError(WithUops("    _LOAD_SMALL_INT 300\n    _EXIT_TRACE\n")));

    [Fact]
    public void Error_target_on_a_uop_that_cannot_fail_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: 'error=' does not apply: _LOAD_FAST cannot fail",
            InstantiateError(WithUops("    _LOAD_FAST 0 error=0\n    _EXIT_TRACE\n")));

    [Fact]
    public void Jump_target_on_a_uop_that_cannot_jump_is_rejected() =>
        Assert.Equal("t.uops:4:5: error: 'jump=' does not apply: _NOP cannot deopt, exit or jump",
            InstantiateError(WithUops("    _NOP jump=0\n    _EXIT_TRACE\n")));

    [Fact]
    public void Failing_initial_value_names_its_operator() =>
        Assert.Equal("t.uops:3:15: error: integer division or modulo by zero",
            InstantiateError("name: t\nparams: n = 2\nlocals: a = 1 // (n - 2)\ntrace:\n    _EXIT_TRACE\n" + Tail));

    [Fact]
    public void Built_trace_errors_name_the_uop_index() =>
        Assert.Equal("b: uop 1 (_BINARY_OP_ADD_INT): error: stack underflow: _BINARY_OP_ADD_INT needs 2 values, the stack has 1",
            Assert.Throws<TraceException>(() => new TraceBuilder("b").Local("a", new IntValue(1))
                .Uop("_LOAD_FAST", 0).Uop("_BINARY_OP_ADD_INT").Uop("_EXIT_TRACE").Build()).Message);

    [Fact]
    public void Store_on_one_path_only_leaves_the_local_maybe_unbound() =>
        Assert.Equal("b: uop 4 (_LOAD_FAST): error: local 'x' may be unbound here",
            Assert.Throws<TraceException>(() => new TraceBuilder("b").Local("x").Push(BoolValue.True)
                .Uop("_GUARD_IS_TRUE_POP", jump: "skip")
                .Uop("_LOAD_SMALL_INT", 1).Uop("_STORE_FAST", 0).Uop("_NOP")
                .Label("skip").Uop("_LOAD_FAST", 0).Uop("_EXIT_TRACE").Build()).Message);
}
