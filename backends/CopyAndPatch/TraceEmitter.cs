using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// Copies each group's data then code into the (writable) memory and patches every hole: the
/// part of codegen that is copy-and-patch proper.
/// </summary>
public static unsafe class TraceEmitter
{
    public static void Emit<TPatcher>(StencilSet set, ulong[] symbols, NativeTrace trace, TraceLayout layout, byte* memory)
        where TPatcher : IHolePatcher
    {
        int n = trace.Length;
        var instructions = trace.Instructions;
        for (int i = 0; i <= n; i++)
        {
            var group = i == 0 ? set.Shim : set.Uops[instructions[i - 1].Opcode];
            var instruction = i == 0 ? default : instructions[i - 1];
            var context = new HoleContext(memory, layout, symbols, instruction, i, n, memory + layout.CodeOffsets[i], memory + layout.DataOffsets[i]);
            // Data first: a relaxable call reads its target from its GOT slot in the data.
            Copy(group.Data.Body, context.Data, group.Data.Body.Length);
            PatchAll<TPatcher>(group.Data.Holes, context.Data, int.MaxValue, in context);
            Copy(group.Code.Body, context.Code, layout.CodeLengths[i]);
            PatchAll<TPatcher>(group.Code.Holes, context.Code, layout.CodeLengths[i], in context);
            if (group.Cold is { } cold)
            {
                Copy(cold.Body, context.Cold, cold.Body.Length);
                PatchAll<TPatcher>(cold.Holes, context.Cold, int.MaxValue, in context);
            }
        }
        // Nothing may run past the last stencil: the trap stencil (bare code, no holes) ends the trace.
        Copy(set.Trap.Code.Body, memory + layout.TrapOffset, layout.TrapLength);
        if (layout.RecordsOffset >= 0)
        {
            RecordTableWriter.Write(trace, layout, memory);
        }
    }

    private static void Copy(byte[] body, byte* to, int length) =>
        body.AsSpan(0, length).CopyTo(new Span<byte>(to, length));

    private static void PatchAll<TPatcher>(Hole[] holes, byte* at, int limit, in HoleContext context)
        where TPatcher : IHolePatcher
    {
        foreach (ref readonly var hole in holes.AsSpan())
        {
            if (hole.Offset >= limit)
            {
                continue; // in the dropped trailing jump
            }
            TPatcher.Patch(hole.Kind, at + hole.Offset, context.Value(in hole));
        }
    }
}
