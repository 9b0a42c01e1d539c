namespace StencilBench.Workloads.Random;

/// <summary>What the random generator knows about a value's type.</summary>
internal enum Kind
{
    Int,
    Float,
    /// <summary>An int or a float: only generic uops, or a guard first.</summary>
    Number,
    Bool,
    None,
    /// <summary>A list of ints.</summary>
    IntList,
    /// <summary>A list of ints and floats.</summary>
    MixedList,
    RangeIter,
    ListIter,
}
