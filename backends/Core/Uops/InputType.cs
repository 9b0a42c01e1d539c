namespace StencilBench.Core.Uops;

/// <summary>
/// The type a uop assumes one of its stack inputs has without checking it (its body reads the
/// value as that type), inferred by the generator or declared with <c>consumes(...)</c> in uops.def.
/// </summary>
public enum InputType
{
    /// <summary>Any object: the body checks the type itself, or does not depend on it.</summary>
    Any,
    Int,
    Float,
    Bool,
    List,
    RangeIterator,
    ListIterator,
    /// <summary>A list iterator that a guard has shown is not exhausted (<c>_GUARD_NOT_EXHAUSTED_LIST</c>),
    /// with no iteration since.</summary>
    ListIteratorNotExhausted,
}
