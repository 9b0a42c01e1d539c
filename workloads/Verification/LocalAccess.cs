using StencilBench.Core.Traces;
using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Verification;

/// <summary>Which frame slots an instruction reads, binds and unbinds: its uop's <see cref="UopInfo.Locals"/> at its oparg.</summary>
public static class LocalAccess
{
    /// <summary>The slots it reads as values (a read of an unbound slot would crash).</summary>
    public static IEnumerable<int> Reads(TraceInstruction i) => Slots(i, LocalAccessKind.Read);

    /// <summary>The slots it binds.</summary>
    public static IEnumerable<int> Writes(TraceInstruction i) => Slots(i, LocalAccessKind.Write);

    /// <summary>The slots it unbinds.</summary>
    public static IEnumerable<int> Clears(TraceInstruction i) => Slots(i, LocalAccessKind.Clear);

    /// <summary>Every slot it touches, whatever it does with it.</summary>
    public static IEnumerable<int> All(TraceInstruction i) => i.Uop.Locals.Select(u => u.Slot(i.Oparg)).Distinct();

    private static IEnumerable<int> Slots(TraceInstruction i, LocalAccessKind kind) =>
        i.Uop.Locals.Where(u => u.Kind == kind).Select(u => u.Slot(i.Oparg));
}
