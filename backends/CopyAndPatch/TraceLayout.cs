using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// Where everything of a compiled trace goes, found in one pass before anything is allocated:
/// [shim][uop 0]...[uop n-1][trap] then, aligned, [shim data][uop 0 data]...
/// A uop whose code ends with a jump to the next one has that jump dropped: it falls through.
/// </summary>
public sealed unsafe class TraceLayout
{
    public const int DataAlignment = 16;

    /// <summary>Code offsets: [0] the shim, [i + 1] uop i, [n + 1] the trap.</summary>
    public int[] CodeOffsets { get; }

    /// <summary>Data offsets from the start of the allocation, same indexing (the trap has none).</summary>
    public int[] DataOffsets { get; }

    /// <summary>The bytes of code copied for each group (the stencil less a dropped jump), same indexing.</summary>
    public int[] CodeLengths { get; }

    /// <summary>The bytes of the set's trap stencil, which ends the code.</summary>
    public int TrapLength { get; }

    public int TrapOffset => CodeOffsets[^1];
    public int CodeSize => TrapOffset + TrapLength;
    public int TotalSize { get; }

    public TraceLayout(StencilSet set, NativeTrace trace)
    {
        int n = trace.Length;
        CodeOffsets = new int[n + 2];
        DataOffsets = new int[n + 1];
        CodeLengths = new int[n + 1];
        var instructions = trace.Instructions;
        int code = 0;
        int data = 0;
        for (int i = 0; i <= n; i++)
        {
            var group = i == 0 ? set.Shim : set.Uops[instructions[i - 1].Opcode];
            // The next group (or the trap) always follows directly, so every trailing jump goes.
            int length = group.Code.Body.Length - group.TrailingJumpLength;
            CodeOffsets[i] = code;
            CodeLengths[i] = length;
            code += length;
            DataOffsets[i] = data;
            data += group.Data.Body.Length;
        }
        CodeOffsets[n + 1] = code;
        TrapLength = set.Trap.Code.Body.Length;
        int dataStart = (code + TrapLength + DataAlignment - 1) / DataAlignment * DataAlignment;
        for (int i = 0; i <= n; i++)
        {
            DataOffsets[i] += dataStart;
        }
        TotalSize = dataStart + data;
    }
}
