using System.Numerics;
using StencilBench.Core.Uops;
using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Tier1;
using Xunit;

namespace StencilBench.Tests.Tier1;

/// <summary>Tier 1 quickens adaptive instructions as CPython 3.11+ does, and goes back on misses.</summary>
public class SpecialisationTests
{
    private static Opcode After(Tier1Interpreter t1, int index) => t1.Code.States[index].Opcode;

    [Fact]
    public void An_int_addition_is_specialised_on_its_second_execution()
    {
        var t1 = new Tier1Interpreter(new QuickenedCode(HandCode.Binary(BinaryOpArg.Add)));
        t1.Call([(BigInteger)1, (BigInteger)2]);
        Assert.Equal(Opcode.BINARY_OP, After(t1, 2));
        t1.Call([(BigInteger)1, (BigInteger)2]);
        Assert.Equal(Opcode.BINARY_OP_ADD_INT, After(t1, 2));
    }

    [Fact]
    public void A_specialised_form_that_misses_still_computes_the_generic_result()
    {
        var t1 = new Tier1Interpreter(new QuickenedCode(HandCode.Binary(BinaryOpArg.Add)));
        t1.Call([(BigInteger)1, (BigInteger)2]);
        t1.Call([(BigInteger)1, (BigInteger)2]);
        Assert.Equal(2.5, t1.Call([(BigInteger)1, 1.5]));
        Assert.Equal(Opcode.BINARY_OP_ADD_INT, After(t1, 2));
    }

    [Fact]
    public void After_the_cooldown_of_misses_it_respecialises_for_the_new_types()
    {
        var t1 = new Tier1Interpreter(new QuickenedCode(HandCode.Binary(BinaryOpArg.Add)));
        t1.Call([(BigInteger)1, (BigInteger)2]);
        t1.Call([(BigInteger)1, (BigInteger)2]);
        for (int i = 0; i < AdaptiveCounter.Cooldown.Value; i++)
        {
            t1.Call([0.5, 1.5]);
        }
        Assert.Equal(Opcode.BINARY_OP_ADD_INT, After(t1, 2));
        t1.Call([0.5, 1.5]);
        Assert.Equal(Opcode.BINARY_OP_ADD_FLOAT, After(t1, 2));
    }

    [Fact]
    public void Operands_no_form_fits_send_it_back_to_the_generic_form_with_a_longer_backoff()
    {
        var t1 = new Tier1Interpreter(new QuickenedCode(HandCode.Binary(BinaryOpArg.Add)));
        t1.Call([(BigInteger)1, (BigInteger)2]);
        t1.Call([(BigInteger)1, (BigInteger)2]);
        for (int i = 0; i <= AdaptiveCounter.Cooldown.Value; i++)
        {
            t1.Call([(BigInteger)1, 1.5]);
        }
        Assert.Equal(Opcode.BINARY_OP, After(t1, 2));
        Assert.Equal(AdaptiveCounter.Cooldown.Restart(), t1.Code.States[2].Counter);
    }

    [Fact]
    public void A_comparison_of_ints_is_specialised_only_when_both_are_compact()
    {
        var big = new Tier1Interpreter(new QuickenedCode(HandCode.LessThan()));
        big.Call([BigInteger.One << 40, (BigInteger)2]);
        big.Call([BigInteger.One << 40, (BigInteger)2]);
        Assert.Equal(Opcode.COMPARE_OP, After(big, 2));
        var small = new Tier1Interpreter(new QuickenedCode(HandCode.LessThan()));
        small.Call([(BigInteger)1, (BigInteger)2]);
        small.Call([(BigInteger)1, (BigInteger)2]);
        Assert.Equal(Opcode.COMPARE_OP_INT, After(small, 2));
    }

    [Fact]
    public void A_big_int_at_a_specialised_int_comparison_is_a_miss()
    {
        var t1 = new Tier1Interpreter(new QuickenedCode(HandCode.LessThan()));
        t1.Call([(BigInteger)1, (BigInteger)2]);
        t1.Call([(BigInteger)1, (BigInteger)2]);
        var before = t1.Code.States[2].Counter;
        Assert.Equal(false, t1.Call([BigInteger.One << 40, (BigInteger)2]));
        Assert.Equal(before.Advance(), t1.Code.States[2].Counter);
    }

    [Fact]
    public void A_for_loop_over_a_range_is_specialised_to_FOR_ITER_RANGE()
    {
        var t1 = new Tier1Interpreter(new QuickenedCode(HandCode.Fibonacci()));
        Assert.Equal((BigInteger)55, t1.Call([(BigInteger)10]));
        Assert.Equal(Opcode.FOR_ITER_RANGE, After(t1, 9));
        Assert.Equal(Opcode.BINARY_OP_ADD_INT, After(t1, 13));
        Assert.Equal(Opcode.JUMP_BACKWARD_NO_JIT, After(t1, 15));
    }

    [Fact]
    public void The_guards_of_a_specialised_form_are_those_its_macro_proves()
    {
        Assert.Equal([new TypeCheck(1, InputType.Int), new TypeCheck(2, InputType.Int)], SpecialisedGuards.For(Opcode.BINARY_OP_ADD_INT));
        Assert.Equal([new TypeCheck(1, InputType.Int), new TypeCheck(2, InputType.List)], SpecialisedGuards.For(Opcode.BINARY_OP_SUBSCR_LIST_INT));
        Assert.Equal([new TypeCheck(1, InputType.RangeIterator)], SpecialisedGuards.For(Opcode.FOR_ITER_RANGE));
    }
}
