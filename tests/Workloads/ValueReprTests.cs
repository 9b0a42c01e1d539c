using System.Numerics;
using StencilBench.Core.Values;

namespace StencilBench.Tests.Workloads;

/// <summary>Values print as Python's repr and compare structurally (floats by their bits).</summary>
public class ValueReprTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0, "1.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.5e16, "1.5e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(123.456, "123.456")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(0.7509227861730349, "0.7509227861730349")]
    public void Float_repr_matches_python(double value, string repr) => Assert.Equal(repr, new FloatValue(value).ToString());

    [Fact]
    public void Float_equality_treats_nan_as_equal_and_signed_zeros_as_different()
    {
        Assert.Equal(new FloatValue(double.NaN), new FloatValue(-double.NaN));
        Assert.NotEqual(new FloatValue(0.0), new FloatValue(-0.0));
    }

    [Fact]
    public void Lists_compare_and_hash_by_items()
    {
        var a = new ListValue([new IntValue(1), new FloatValue(2.5)]);
        var b = new ListValue([new IntValue(1), new FloatValue(2.5)]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual<Value>(a, new TupleValue(a.Items));
    }

    [Fact]
    public void Containers_print_as_python_does()
    {
        Assert.Equal("[1, 2.5, None, True]", new ListValue([new IntValue(1), new FloatValue(2.5), NoneValue.Instance, BoolValue.True]).ToString());
        Assert.Equal("(1,)", new TupleValue([new IntValue(1)]).ToString());
        Assert.Equal("()", new TupleValue(System.Collections.Immutable.ImmutableArray<Value>.Empty).ToString());
        Assert.Equal("range(0, 10, 2)", new RangeValue(0, 10, 2).ToString());
    }

    [Fact]
    public void Big_int_prints_all_its_digits() =>
        Assert.Equal("-1267650600228229401496703205376", new IntValue(-BigInteger.Pow(2, 100)).ToString());

    [Fact]
    public void Range_iterator_prints_as_the_expression_that_makes_it() =>
        Assert.Equal("iter(range(3, 11, 2))", new RangeValue(3, 10, 2).Iterate().ToString());

    [Fact]
    public void Range_length_follows_python() =>
        Assert.Equal([5L, 0L, 4L, 1L], [new RangeValue(0, 10, 2).Length, new RangeValue(5, 0, 1).Length, new RangeValue(10, 0, -3).Length, new RangeValue(0, 1, 5).Length]);
}
