namespace StencilBench.Workloads.Format;

/// <summary>
/// Edges CPython 3.14 gives a uop that StencilBench's uop never takes, so a dump's fields can be
/// copied as they are: the field is read (its label must exist) and the edge is not kept. The error
/// exits are allocation failures, which abort the process here (sb_object_alloc); the exit of
/// <c>_ITER_NEXT_LIST_TIER_TWO</c> is taken in free-threaded builds only (a lost race). The deopt of
/// <c>_COMPARE_OP_INT</c> on non-compact ints is real here, as in 3.14.7.
/// </summary>
public static class CPythonEdges
{
    private static readonly HashSet<string> ErrorOnly =
    [
        "_ITER_NEXT_RANGE", "_BINARY_OP_ADD_FLOAT", "_BINARY_OP_SUBTRACT_FLOAT", "_BINARY_OP_MULTIPLY_FLOAT",
        "_BINARY_OP_EXTEND",
    ];

    private static readonly HashSet<string> JumpOnly = ["_ITER_NEXT_LIST_TIER_TWO"];

    /// <summary>CPython 3.14 gives <paramref name="uop"/> an error exit StencilBench's never takes.</summary>
    public static bool IgnoredError(string uop) => ErrorOnly.Contains(uop);

    /// <summary>CPython 3.14 gives <paramref name="uop"/> a deopt or exit StencilBench's never takes.</summary>
    public static bool IgnoredJump(string uop) => JumpOnly.Contains(uop);
}
