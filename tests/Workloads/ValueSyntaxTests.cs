using System.Numerics;
using StencilBench.Core.Traces;
using StencilBench.Core.Values;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Tests.Workloads;

/// <summary>The value syntax evaluates as Python would.</summary>
public class ValueSyntaxTests
{
    private static Value Eval(string text, params (string Name, long Value)[] names)
    {
        var cursor = new TokenCursor(Lexer.Tokenize(text, "v", 1));
        return Evaluator.Evaluate(ExprParser.ParseAll(cursor), names.ToDictionary(n => n.Name, n => (Value)new IntValue(n.Value)));
    }

    [Fact]
    public void Power_makes_big_ints() => Assert.Equal(new IntValue(BigInteger.Pow(10, 30)), Eval("10**30"));

    [Fact]
    public void Power_binds_tighter_than_unary_minus() => Assert.Equal(new IntValue(-4), Eval("-2 ** 2"));

    [Fact]
    public void Power_is_right_associative() => Assert.Equal(new IntValue(BigInteger.Pow(2, 81)), Eval("2 ** 3 ** 4"));

    [Fact]
    public void Floor_division_and_modulo_round_towards_minus_infinity() =>
        Assert.Equal(new TupleValue([new IntValue(-4), new IntValue(1), new IntValue(-2)]), Eval("(-7 // 2, -7 % 2, 7 % -3)"));

    [Fact]
    public void Float_modulo_takes_the_divisor_sign() =>
        Assert.Equal(new TupleValue([new FloatValue(1.5), new FloatValue(-0.0)]), Eval("(-5.5 % 3.5, 0.0 % -2.0)"));

    [Fact]
    public void True_division_of_ints_gives_a_float() => Assert.Equal(new FloatValue(3.5), Eval("7 / 2"));

    [Fact]
    public void Unary_minus_of_zero_float_is_negative_zero() => Assert.Equal(new FloatValue(-0.0), Eval("-0.0"));

    [Fact]
    public void Float_literals_read_exponents_and_special_names() =>
        Assert.Equal(new ListValue([new FloatValue(1e-3), new FloatValue(1e16), new FloatValue(double.PositiveInfinity), new FloatValue(double.NaN)]),
            Eval("[1e-3, 1e+16, inf, nan]"));

    [Fact]
    public void Hex_and_underscored_ints_are_read() => Assert.Equal(new IntValue(1_000_255), Eval("1_000_000 + 0xff"));

    [Fact]
    public void List_repetition_uses_the_param() =>
        Assert.Equal(new ListValue(Enumerable.Repeat<Value>(new IntValue(0), 3)), Eval("[0] * n", ("n", 3)));

    [Fact]
    public void Comprehension_maps_a_range() =>
        Assert.Equal(new ListValue([new FloatValue(0), new FloatValue(0.5), new FloatValue(1.0)]), Eval("[i * 0.5 for i in range(n)]", ("n", 3)));

    [Fact]
    public void Comprehension_filters_with_if() =>
        Assert.Equal(new ListValue([new IntValue(0), new IntValue(3), new IntValue(6)]), Eval("[i for i in range(8) if i % 3 == 0]"));

    [Fact]
    public void Builtins_compute_as_python() =>
        Assert.Equal(new TupleValue([new IntValue(10), new IntValue(4), new IntValue(1), new IntValue(4), new IntValue(5), new FloatValue(2.0), new IntValue(-2)]),
            Eval("(sum(range(5)), len([1, 2, 3, 4]), min(3, 1, 2), max([1, 4]), abs(-5), float(2), int(-2.7))"));

    [Fact]
    public void Sum_of_floats_adds_left_to_right() => Assert.Equal(new FloatValue(0.1 + 0.2 + 0.3), Eval("sum([0.1, 0.2, 0.3], 0.0)"));

    [Fact]
    public void Sorted_orders_numbers() =>
        Assert.Equal(new ListValue([new IntValue(1), new FloatValue(2.5), new IntValue(3)]), Eval("sorted([3, 2.5, 1])"));

    [Fact]
    public void Iter_of_range_is_a_fresh_range_iterator() => Assert.Equal(new RangeIterValue(2, 3, 3), Eval("iter(range(2, 11, 3))"));

    [Fact]
    public void Iter_of_list_starts_at_zero() =>
        Assert.Equal(new ListIterValue(0, new ListValue([new IntValue(1)])), Eval("iter([1])"));

    [Fact]
    public void Comparisons_chain_and_mix_int_and_float() => Assert.Equal(BoolValue.True, Eval("1 < 1.5 <= 2 == 2.0 != 3"));

    [Fact]
    public void Big_int_compares_exactly_with_float() => Assert.Equal(BoolValue.True, Eval("2**53 + 1 > 9007199254740992.0"));

    [Fact]
    public void And_or_return_an_operand() => Assert.Equal(new TupleValue([new IntValue(0), new IntValue(5)]), Eval("(0 and 3, 0 or 5)"));

    [Fact]
    public void Subscript_counts_from_the_end_when_negative() => Assert.Equal(new IntValue(3), Eval("[1, 2, 3][-1]"));

    [Fact]
    public void Division_by_zero_names_the_operator() =>
        Assert.Equal("v:1:3: error: division by zero", Assert.Throws<TraceException>(() => Eval("1 / 0")).Message);

    [Fact]
    public void Unknown_name_is_reported() =>
        Assert.Equal("v:1:5: error: unknown name 'm'", Assert.Throws<TraceException>(() => Eval("1 + m")).Message);

    [Fact]
    public void Unknown_function_lists_the_builtins() =>
        Assert.StartsWith("v:1:1: error: unknown function 'open'", Assert.Throws<TraceException>(() => Eval("open(1)")).Message);
}
