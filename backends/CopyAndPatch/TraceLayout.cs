using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// Where everything of a compiled trace goes, found in one pass before anything is allocated:
/// [shim][uop 0]...[uop n-1][trap][cold 0]...[cold n-1] then, aligned, [shim data][uop 0 data]...
/// then, aligned, the instruction records when the set reads them (noburnin).
/// A uop whose code ends with a jump to the next one has that jump dropped: it falls through.
/// Cold parts (hot/cold flavour) come after every hot part and the trap; other sets have none.
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

    /// <summary>Where each group's cold part starts, same indexing as <see cref="CodeLengths"/> (its length is the stencil's).</summary>
    public int[] ColdOffsets { get; }

    /// <summary>Where the instruction record table starts (<see cref="RecordTableWriter"/>), or -1 when the set reads none.</summary>
    public int RecordsOffset { get; } = -1;

    public int TrapOffset => CodeOffsets[^1];

    /// <summary>The bytes of hot code: the shim, every uop's hot part and the trap.</summary>
    public int HotSize => TrapOffset + TrapLength;

    public int CodeSize { get; }
    public int TotalSize { get; }

    public TraceLayout(StencilSet set, NativeTrace trace)
    {
        int n = trace.Length;
        CodeOffsets = new int[n + 2];
        DataOffsets = new int[n + 1];
        CodeLengths = new int[n + 1];
        ColdOffsets = new int[n + 1];
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
        int cold = code + TrapLength;
        for (int i = 0; i <= n; i++)
        {
            ColdOffsets[i] = cold;
            cold += (i == 0 ? set.Shim : set.Uops[instructions[i - 1].Opcode]).Cold?.Body.Length ?? 0;
        }
        CodeSize = cold;
        int dataStart = (cold + DataAlignment - 1) / DataAlignment * DataAlignment;
        for (int i = 0; i <= n; i++)
        {
            DataOffsets[i] += dataStart;
        }
        TotalSize = dataStart + data;
        if (set.ReadsRecords)
        {
            RecordsOffset = (TotalSize + DataAlignment - 1) / DataAlignment * DataAlignment;
            TotalSize = RecordsOffset + RecordTableWriter.Size(n);
        }
    }
}
