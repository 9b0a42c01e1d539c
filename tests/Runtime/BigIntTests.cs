using System.Numerics;
using StencilBench.Core.Traces;
using StencilBench.Core.Values;
using static StencilBench.Tests.Runtime.RuntimeCalls;

namespace StencilBench.Tests.Runtime;

// Expected values computed with CPython 3.11 (python3 -c ...).
public class BigIntTests
{
    private const int Add = 0, FloorDivide = 2, Multiply = 5, Remainder = 6, Power = 8, Subtract = 10, TrueDivide = 11;

    [Fact]
    public void Fibonacci_100_by_repeated_addition_is_354224848179261915075()
    {
        Value a = new IntValue(0), b = new IntValue(1);
        for (int i = 0; i < 100; i++)
        {
            (a, b) = (b, BinaryOp(Add, a, b).Result!);
        }
        Assert.Equal(Int("354224848179261915075"), a);
    }

    [Fact]
    public void Two_to_the_200()
    {
        Assert.Equal(Int("1606938044258990275541962092341162602522202993782792835301376"),
            BinaryOp(Power, new IntValue(2), new IntValue(200)).Result);
    }

    [Fact]
    public void Floor_division_of_a_big_int_rounds_toward_minus_infinity()
    {
        Assert.Equal(Int("142857142857142857142857142857"), BinaryOp(FloorDivide, Int("1000000000000000000000000000000"), new IntValue(7)).Result);
        Assert.Equal(Int("-142857142857142857142857142858"), BinaryOp(FloorDivide, Int("-1000000000000000000000000000000"), new IntValue(7)).Result);
    }

    [Fact]
    public void Remainder_takes_the_sign_of_the_divisor()
    {
        Assert.Equal(new IntValue(3), BinaryOp(Remainder, Int("-10000000000000000000000000"), new IntValue(13)).Result);
        Assert.Equal(new IntValue(-3), BinaryOp(Remainder, Int("10000000000000000000000000"), new IntValue(-13)).Result);
    }

    [Fact]
    public void Multiplication_past_64_bits_is_exact()
    {
        Assert.Equal(Int("85070591730234615847396907784232501249"),
            BinaryOp(Multiply, new IntValue(long.MaxValue), new IntValue(long.MaxValue)).Result);
    }

    [Fact]
    public void Subtraction_back_into_64_bits_gives_the_compact_value()
    {
        var big = BinaryOp(Add, new IntValue(long.MaxValue), new IntValue(1)).Result!;
        Assert.Equal(new IntValue(long.MaxValue), BinaryOp(Subtract, big, new IntValue(1)).Result);
    }

    [Fact]
    public void Big_ints_round_trip_through_the_runtime()
    {
        var v = new IntValue(-BigInteger.Pow(3, 100));
        Assert.Equal(v, RoundTrip(v));
    }

    [Fact]
    public void Division_by_zero_raises_ZeroDivisionError()
    {
        var (result, error) = BinaryOp(FloorDivide, new IntValue(1), new IntValue(0));
        Assert.Null(result);
        Assert.Equal((long)ErrorKind.ZeroDivision, error);
    }

    [Fact]
    public void True_division_of_ints_gives_a_float()
    {
        Assert.Equal(new FloatValue(3.5), BinaryOp(TrueDivide, new IntValue(7), new IntValue(2)).Result);
    }
}
