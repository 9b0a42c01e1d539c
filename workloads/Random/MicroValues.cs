using System.Numerics;
using StencilBench.Core.Uops;
using StencilBench.Core.Values;

namespace StencilBench.Workloads.Random;

/// <summary>
/// The values micro-traces feed a uop, by the type it consumes: variant k, input j picks from a
/// small pool, so that the variants between them take the fast and slow paths, the in-range and
/// out-of-range indices, the passing and failing guards. Inputs of any type get ints in variant 0,
/// floats in variant 1 and a mix after.
/// </summary>
internal static class MicroValues
{
    private static readonly BigInteger[] Ints = [6, 3, -12, (BigInteger)1 << 70, 0];

    private static readonly double[] Floats = [2.5, -0.75, 0.0, 1e300, -3.0];

    private static ListValue List => new([new IntValue(10), new IntValue(20), new IntValue(30), new IntValue(40), new IntValue(50), new IntValue(60), new IntValue(70)]);

    private static Value[] Mixed => [new IntValue(6), new FloatValue(2.5), NoneValue.Instance, List, BoolValue.True, new IntValue(3), new FloatValue(-0.75)];

    public static Value Of(InputType type, int variant, int input)
    {
        int i = variant + input;
        return type switch
        {
            InputType.Int => new IntValue(Ints[i % Ints.Length]),
            InputType.Float => new FloatValue(Floats[i % Floats.Length]),
            InputType.Bool => BoolValue.Of(i % 2 == 0),
            InputType.List => List,
            InputType.RangeIterator => (i % 2 == 0 ? new RangeValue(0, 5, 1) : new RangeValue(3, 3, 1)).Iterate(),
            InputType.ListIterator or InputType.ListIteratorNotExhausted => new ListIterValue(i % 2, new ListValue([new IntValue(1), new FloatValue(4.5), new IntValue(2)])),
            _ => variant switch
            {
                0 => Of(InputType.Int, 0, input),
                1 => Of(InputType.Float, 0, input),
                _ => Mixed[i % Mixed.Length],
            },
        };
    }

    /// <summary>A local's value: variant 2 leaves every local unbound (for the uops that cope with that).</summary>
    public static Value? Local(int variant, int slot) => variant == 2 ? null : Of(InputType.Any, variant, slot);

    /// <summary>A constant operand.</summary>
    public static Value Constant(int variant) => variant switch
    {
        0 => new IntValue(7),
        1 => new FloatValue(2.5),
        2 => NoneValue.Instance,
        3 => BoolValue.True,
        _ => new IntValue((BigInteger)1 << 70),
    };
}
