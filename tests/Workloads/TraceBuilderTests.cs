using StencilBench.Core.Traces;
using StencilBench.Core.Values;
using StencilBench.Workloads.Building;

namespace StencilBench.Tests.Workloads;

/// <summary>The builder fills in the same defaults as the trace file: targets, stubs, the loop jump.</summary>
public class TraceBuilderTests
{
    private static TraceBuilder CountingLoop() => new TraceBuilder("count")
        .Local("i")
        .Push(new RangeValue(0, 3, 1).Iterate())
        .Uop("_ITER_CHECK_RANGE")
        .Uop("_GUARD_NOT_EXHAUSTED_RANGE")
        .Uop("_ITER_NEXT_RANGE")
        .Uop("_STORE_FAST", 0)
        .Uop("_CHECK_PERIODIC")
        .Uop("_JUMP_TO_TOP");

    [Fact]
    public void Guards_get_one_exit_stub_each_after_the_main_trace()
    {
        Trace t = CountingLoop().Build();
        Assert.Equal(6, t.MainLength);
        Assert.Equal(["_EXIT_TRACE", "_EXIT_TRACE"], t.Instructions.Skip(6).Take(2).Select(i => i.Uop.Name));
        Assert.Equal([6, 7], t.Instructions.Take(2).Select(i => i.JumpTarget));
    }

    [Fact]
    public void Stub_keeps_the_guards_target()
    {
        Trace t = CountingLoop().Build();
        Assert.Equal([0u, 1u], t.Instructions.Skip(6).Take(2).Select(i => i.Target));
    }

    [Fact]
    public void Guards_with_the_same_target_share_a_stub()
    {
        Trace t = new TraceBuilder("shared").Push(new IntValue(1)).Push(new IntValue(2))
            .Uop("_GUARD_TOS_INT", target: 9).Uop("_GUARD_NOS_INT", target: 9).Uop("_EXIT_TRACE").Build();
        Assert.Equal(4, t.Instructions.Count);
        Assert.Equal(3, t.Instructions[0].JumpTarget);
        Assert.Equal(3, t.Instructions[1].JumpTarget);
    }

    [Fact]
    public void Deopting_guard_gets_a_deopt_stub()
    {
        Trace t = new TraceBuilder("d").Push(new IntValue(1)).Push(new IntValue(2)).Uop("_GUARD_BOTH_INT").Uop("_EXIT_TRACE").Build();
        Assert.Equal("_DEOPT", t.Instructions[t.Instructions[0].JumpTarget].Uop.Name);
    }

    [Fact]
    public void Fallible_uop_gets_an_error_stub_popping_nothing()
    {
        Trace t = new TraceBuilder("e").Push(new IntValue(1)).Push(new IntValue(0)).Uop("_BINARY_OP", 11).Uop("_EXIT_TRACE").Build();
        TraceInstruction stub = t.Instructions[t.Instructions[0].ErrorTarget];
        Assert.Equal(("_ERROR_POP_N", 0, 0u), (stub.Uop.Name, stub.Oparg, stub.Target));
    }

    [Fact]
    public void Jump_to_top_goes_to_uop_zero_by_default() => Assert.Equal(0, CountingLoop().Build().Instructions[5].JumpTarget);

    [Fact]
    public void Jump_to_a_label_overrides_the_stub()
    {
        Trace t = new TraceBuilder("l").Push(BoolValue.True)
            .Uop("_GUARD_IS_TRUE_POP", jump: "out").Uop("_NOP").Label("out").Uop("_EXIT_TRACE").Build();
        Assert.Equal(2, t.Instructions[0].JumpTarget);
        Assert.Equal(3, t.Instructions.Count);
    }

    [Fact]
    public void Capacity_is_locals_plus_the_deepest_stack() => Assert.Equal(1 + 2, CountingLoop().Build().Capacity);

    [Fact]
    public void Replicated_spelling_takes_its_fixed_oparg() =>
        Assert.Equal(2, new TraceBuilder("r").Local("a", new IntValue(0)).Local("b", new IntValue(0)).Local("c", new IntValue(0))
            .Uop("_LOAD_FAST_2").Uop("_EXIT_TRACE").Build().Instructions[0].Oparg);

    [Fact]
    public void Unknown_label_is_rejected() =>
        Assert.Equal("x: uop 0: error: unknown label 'nowhere'",
            Assert.Throws<TraceException>(() => new TraceBuilder("x").Push(BoolValue.True)
                .Uop("_GUARD_IS_TRUE_POP", jump: "nowhere").Uop("_EXIT_TRACE").Build()).Message);

    [Fact]
    public void Unknown_uop_is_rejected() =>
        Assert.Equal("x: uop 0: error: unknown uop '_FROB'",
            Assert.Throws<TraceException>(() => new TraceBuilder("x").Uop("_FROB").Build()).Message);
}
