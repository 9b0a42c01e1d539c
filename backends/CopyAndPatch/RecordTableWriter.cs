using System.Runtime.CompilerServices;
using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// Writes a noburnin trace's instruction records (native/jit_record.h's SbJitRecord): each
/// instruction as it is, its targets clamped to the trace's length, and the code address of its
/// stencil; one more record for the trap, where every target outside the trace lands.
/// </summary>
public static unsafe class RecordTableWriter
{
    public const int RecordSize = 32;
    private const int CodeField = 24;

    /// <summary>The table's bytes for a trace of <paramref name="uops"/> uops.</summary>
    public static int Size(int uops) => (uops + 1) * RecordSize;

    /// <summary>Writes the table through <paramref name="write"/>; the code addresses in it are run addresses.</summary>
    public static void Write(NativeTrace trace, TraceLayout layout, byte* write, nint run)
    {
        int n = trace.Length;
        var instructions = trace.Instructions;
        byte* table = write + layout.RecordsOffset;
        for (int i = 0; i <= n; i++)
        {
            var instruction = i < n ? instructions[i] : default;
            instruction.JumpTarget = Clamp(instruction.JumpTarget, n);
            instruction.ErrorTarget = Clamp(instruction.ErrorTarget, n);
            byte* record = table + (i * RecordSize);
            Unsafe.WriteUnaligned(record, instruction);
            Unsafe.WriteUnaligned(record + CodeField, (ulong)(run + layout.CodeOffsets[i + 1]));
        }
    }

    private static ushort Clamp(ushort target, int uops) => (ushort)Math.Min(target, uops);
}
