using System.Numerics;
using StencilBench.Core.Values;

namespace StencilBench.Workloads.Random;

/// <summary>The interesting values random traces start from: edges of the compact int range, big ints, signed zeros.</summary>
internal static class ValuePool
{
    private static readonly BigInteger[] Ints =
    [
        0, 1, -1, 2, 3, 7, -5, 100, 255, 256, 257, -6, 1 << 20, int.MaxValue, (BigInteger)1 << 31,
        ((BigInteger)1 << 62) - 1, (BigInteger)1 << 62, -((BigInteger)1 << 62), long.MaxValue, long.MinValue,
        (BigInteger)long.MaxValue + 1, ((BigInteger)1 << 64) + 3, -((BigInteger)1 << 100), BigInteger.Pow(10, 30),
    ];

    private static readonly double[] Floats =
    [
        0.0, -0.0, 1.0, -1.5, 0.1, 0.5, 3.25, -2.75, 1e300, -1e-300, 9007199254740992.0, 1e16, 123.456,
    ];

    private static readonly double[] RareFloats = [double.PositiveInfinity, double.NegativeInfinity, double.NaN];

    public static IntValue Int(System.Random r) => new(Ints[r.Next(Ints.Length)]);

    /// <summary>An int that fits the compact range and is small enough to index or shift by.</summary>
    public static IntValue SmallInt(System.Random r, int min, int max) => new(r.Next(min, max + 1));

    public static FloatValue Float(System.Random r) =>
        new(r.Next(20) == 0 ? RareFloats[r.Next(RareFloats.Length)] : Floats[r.Next(Floats.Length)]);

    public static Value Number(System.Random r) => r.Next(2) == 0 ? Int(r) : Float(r);

    public static ListValue IntList(System.Random r) =>
        new(Enumerable.Range(0, r.Next(0, 6)).Select(_ => (Value)Int(r)));

    public static ListValue MixedList(System.Random r) =>
        new(Enumerable.Range(0, r.Next(1, 6)).Select(_ => Number(r)));

    public static Value Of(Kind kind, System.Random r) => kind switch
    {
        Kind.Int => Int(r),
        Kind.Float => Float(r),
        Kind.Number => Number(r),
        Kind.Bool => BoolValue.Of(r.Next(2) == 0),
        Kind.None => NoneValue.Instance,
        Kind.IntList => IntList(r),
        Kind.MixedList => MixedList(r),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no pool for iterators"),
    };
}
