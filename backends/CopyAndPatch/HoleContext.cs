using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>What the holes of one group (group <c>Index</c>: 0 the shim, i + 1 uop i) are filled with.</summary>
public readonly unsafe struct HoleContext(
    byte* memory, TraceLayout layout, ulong[] symbols, SbUopInstruction instruction, int index, int uops, byte* code, byte* data)
{
    public byte* Code => code;
    public byte* Data => data;
    public byte* Cold => memory + layout.ColdOffsets[index];

    public ulong Value(in Hole hole)
    {
        ulong value = hole.Value switch
        {
            HoleValue.Code => (ulong)code,
            HoleValue.Data => (ulong)data,
            HoleValue.Continue => (ulong)(memory + layout.CodeOffsets[index + 1]),
            HoleValue.JumpTarget => UopCode(instruction.JumpTarget),
            HoleValue.ErrorTarget => UopCode(instruction.ErrorTarget),
            HoleValue.Oparg => instruction.Oparg,
            HoleValue.Operand0 => instruction.Operand0,
            HoleValue.Target => instruction.Target,
            HoleValue.Symbol => symbols[hole.Symbol],
            HoleValue.Records => (ulong)(memory + layout.RecordsOffset),
            HoleValue.ColdCode => (ulong)(memory + layout.ColdOffsets[index]),
            _ => throw new InvalidOperationException($"copy-and-patch: unknown hole value {hole.Value}"),
        };
        return value + (ulong)hole.Addend;
    }

    // A target outside the trace lands on the trap.
    private ulong UopCode(int uop) => (ulong)(memory + layout.CodeOffsets[uop < uops ? uop + 1 : uops + 1]);
}
