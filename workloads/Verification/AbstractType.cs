using StencilBench.Core.Uops;
using StencilBench.Core.Values;

namespace StencilBench.Workloads.Verification;

/// <summary>
/// The verifier's type lattice, CPython's optimizer lattice in miniature: a slot holds a known type
/// (an <see cref="InputType"/> other than Any) or Any (not proven). A list iterator a guard has shown
/// is not exhausted is a list iterator too.
/// </summary>
internal static class AbstractType
{
    /// <summary>The type of an initial frame value or a constant (a list iterator with items left is known not exhausted).</summary>
    public static InputType Of(Value? value) => value switch
    {
        IntValue => InputType.Int,
        FloatValue => InputType.Float,
        BoolValue => InputType.Bool,
        ListValue => InputType.List,
        RangeIterValue => InputType.RangeIterator,
        ListIterValue { Seq: ListValue seq } it when it.Index < seq.Items.Length => InputType.ListIteratorNotExhausted,
        ListIterValue => InputType.ListIterator,
        _ => InputType.Any,
    };

    /// <summary>What two paths that meet agree on.</summary>
    public static InputType Join(InputType a, InputType b) =>
        a == b ? a : Widen(a) == Widen(b) ? Widen(a) : InputType.Any;

    /// <summary>Whether a value of type <paramref name="have"/> may be used where <paramref name="need"/> is assumed.</summary>
    public static bool Satisfies(InputType have, InputType need) =>
        need == InputType.Any || have == need || Widen(have) == need;

    /// <summary>Whether a value known to be <paramref name="have"/> can never pass a guard proving <paramref name="proof"/> (Any excludes nothing).</summary>
    public static bool Excludes(InputType have, InputType proof) => have != InputType.Any && Join(have, proof) == InputType.Any;

    /// <summary>The type a proof is forgotten to (a not-exhausted list iterator is still a list iterator).</summary>
    public static InputType Widen(InputType t) => t == InputType.ListIteratorNotExhausted ? InputType.ListIterator : t;

    public static string Describe(InputType t) => t switch
    {
        InputType.Int => "an int",
        InputType.Float => "a float",
        InputType.Bool => "a bool",
        InputType.List => "a list",
        InputType.RangeIterator => "a range iterator",
        InputType.ListIterator => "a list iterator",
        InputType.ListIteratorNotExhausted => "a list iterator checked not exhausted",
        _ => "any value",
    };
}
