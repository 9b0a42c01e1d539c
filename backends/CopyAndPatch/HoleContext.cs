using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// What the holes of one group (group <c>Index</c>: 0 the shim, i + 1 uop i) are filled with.
/// Every address is a run address (<paramref name="run"/>: where the trace will execute, which a
/// dual mapping writes through another view).
/// </summary>
public readonly unsafe struct HoleContext(
    nint run, TraceLayout layout, ulong[] symbols, SbUopInstruction instruction, int index, int uops)
{
    /// <summary>Where this group's code runs.</summary>
    public nint Code => run + layout.CodeOffsets[index];

    /// <summary>Where this group's data is read at run time.</summary>
    public nint Data => run + layout.DataOffsets[index];

    /// <summary>Where this group's cold part runs (hot/cold layout).</summary>
    public nint Cold => run + layout.ColdOffsets[index];

    public ulong Value(in Hole hole)
    {
        ulong value = hole.Value switch
        {
            HoleValue.Code => (ulong)Code,
            HoleValue.Data => (ulong)Data,
            HoleValue.Continue => (ulong)(run + layout.CodeOffsets[index + 1]),
            HoleValue.JumpTarget => UopCode(instruction.JumpTarget),
            HoleValue.ErrorTarget => UopCode(instruction.ErrorTarget),
            HoleValue.Oparg => instruction.Oparg,
            HoleValue.Operand0 => instruction.Operand0,
            HoleValue.Target => instruction.Target,
            HoleValue.Symbol => symbols[hole.Symbol],
            HoleValue.Records => (ulong)(run + layout.RecordsOffset),
            HoleValue.ColdCode => (ulong)Cold,
            _ => throw new InvalidOperationException($"copy-and-patch: unknown hole value {hole.Value}"),
        };
        return value + (ulong)hole.Addend;
    }

    // A target outside the trace lands on the trap.
    private ulong UopCode(int uop) => (ulong)(run + layout.CodeOffsets[uop < uops ? uop + 1 : uops + 1]);
}
