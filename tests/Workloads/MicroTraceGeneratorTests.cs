using StencilBench.Core.Traces;
using StencilBench.Core.Uops;
using StencilBench.Core.Values;
using StencilBench.Workloads.Random;

namespace StencilBench.Tests.Workloads;

/// <summary>Micro-traces are made from a uop's table facts: the types it consumes, the locals it names, its operand.</summary>
public class MicroTraceGeneratorTests
{
    private static IReadOnlyList<Trace> Of(string uop) => MicroTraceGenerator.For(UopTable.Get(uop));

    [Fact]
    public void A_uop_that_consumes_ints_is_given_only_ints() =>
        Assert.All(Of("_BINARY_OP_ADD_INT"), t => Assert.All(t.Stack, v => Assert.IsType<IntValue>(v)));

    [Fact]
    public void A_uop_that_consumes_a_list_and_an_int_is_given_them_in_stack_order() =>
        Assert.All(Of("_BINARY_OP_SUBSCR_LIST_INT"), t =>
        {
            Assert.IsType<ListValue>(t.Stack[0]);
            Assert.IsType<IntValue>(t.Stack[1]);
        });

    [Fact]
    public void The_uop_under_test_comes_first_and_the_trace_then_exits()
    {
        Trace t = Of("_POP_TOP")[0];
        Assert.Equal(["_POP_TOP", "_EXIT_TRACE"], t.Instructions.Take(t.MainLength).Select(i => i.Uop.Name));
    }

    [Fact]
    public void A_uop_that_takes_a_constant_is_given_one() =>
        Assert.All(Of("_LOAD_CONST_INLINE"), t => Assert.IsType<ConstantOperand>(t.Instructions[0].Operand));

    [Fact]
    public void Local_loads_only_get_opargs_naming_a_bound_local_of_the_frame() =>
        Assert.All(Of("_LOAD_FAST_LOAD_FAST"), t =>
        {
            int oparg = t.Instructions[0].Oparg;
            Assert.NotNull(t.Locals[oparg >> 4]);
            Assert.NotNull(t.Locals[oparg & 15]);
        });

    [Fact]
    public void A_checked_load_also_runs_on_an_unbound_local() =>
        Assert.Contains(Of("_LOAD_FAST_CHECK"), t => t.Locals[t.Instructions[0].Oparg] is null);

    [Fact]
    public void A_uop_that_jumps_runs_in_a_loop_that_ends() =>
        Assert.All(Of("_JUMP_TO_TOP"), t => Assert.IsType<RangeIterValue>(Assert.Single(t.Stack)));
}
