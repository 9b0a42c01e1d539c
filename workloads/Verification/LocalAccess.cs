using StencilBench.Core.Traces;

namespace StencilBench.Workloads.Verification;

/// <summary>Which frame locals a uop reads and writes, decoded from its oparg.</summary>
public static class LocalAccess
{
    /// <summary>The local slots the uop reads (a plain load of an unbound slot would crash).</summary>
    public static IReadOnlyList<int> Reads(TraceInstruction i) => i.Uop.Family switch
    {
        "_LOAD_FAST" or "_LOAD_FAST_BORROW" => [i.Oparg],
        "_LOAD_FAST_LOAD_FAST" or "_LOAD_FAST_BORROW_LOAD_FAST_BORROW" => [i.Oparg >> 4, i.Oparg & 15],
        "_STORE_FAST_LOAD_FAST" => [i.Oparg & 15],
        _ => [],
    };

    /// <summary>The slots it may read when unbound (it checks, or it treats unbound as None).</summary>
    public static IReadOnlyList<int> ChecksOrClears(TraceInstruction i) => i.Uop.Family switch
    {
        "_LOAD_FAST_CHECK" or "_LOAD_FAST_AND_CLEAR" => [i.Oparg],
        _ => [],
    };

    /// <summary>The slots it binds.</summary>
    public static IReadOnlyList<int> Writes(TraceInstruction i) => i.Uop.Family switch
    {
        "_STORE_FAST" => [i.Oparg],
        "_STORE_FAST_LOAD_FAST" => [i.Oparg >> 4],
        "_STORE_FAST_STORE_FAST" => [i.Oparg >> 4, i.Oparg & 15],
        _ => [],
    };

    /// <summary>The slots it unbinds.</summary>
    public static IReadOnlyList<int> Clears(TraceInstruction i) =>
        i.Uop.Family == "_LOAD_FAST_AND_CLEAR" ? [i.Oparg] : [];

    /// <summary>Every slot the oparg names, whatever the uop does with it.</summary>
    public static IEnumerable<int> All(TraceInstruction i) =>
        Reads(i).Concat(ChecksOrClears(i)).Concat(Writes(i)).Distinct();
}
