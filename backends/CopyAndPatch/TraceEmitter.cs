using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// Copies each group's data then code into the (writable) memory and patches every hole: the
/// part of codegen that is copy-and-patch proper. The bytes go to <c>write</c>; every address
/// patched in is computed for <c>run</c>, where the code will execute (the two differ when the
/// code is written through a dual mapping's read-write view).
/// </summary>
public static unsafe class TraceEmitter
{
    public static void Emit<TPatcher>(StencilSet set, ulong[] symbols, NativeTrace trace, TraceLayout layout, byte* write, nint run)
        where TPatcher : IHolePatcher
    {
        int n = trace.Length;
        var instructions = trace.Instructions;
        nint toRun = run - (nint)write;
        for (int i = 0; i <= n; i++)
        {
            var group = i == 0 ? set.Shim : set.Uops[instructions[i - 1].Opcode];
            var instruction = i == 0 ? default : instructions[i - 1];
            var context = new HoleContext(run, layout, symbols, instruction, i, n);
            byte* code = write + layout.CodeOffsets[i];
            byte* data = write + layout.DataOffsets[i];
            // Data first: a relaxable call reads its target from its GOT slot in the data.
            Copy(group.Data.Body, data, group.Data.Body.Length);
            PatchAll<TPatcher>(group.Data.Holes, data, int.MaxValue, in context, toRun);
            Copy(group.Code.Body, code, layout.CodeLengths[i]);
            PatchAll<TPatcher>(group.Code.Holes, code, layout.CodeLengths[i], in context, toRun);
            if (group.Cold is { } cold)
            {
                byte* coldCode = write + layout.ColdOffsets[i];
                Copy(cold.Body, coldCode, cold.Body.Length);
                PatchAll<TPatcher>(cold.Holes, coldCode, int.MaxValue, in context, toRun);
            }
        }
        // Nothing may run past the last stencil: the trap stencil (bare code, no holes) ends the trace.
        Copy(set.Trap.Code.Body, write + layout.TrapOffset, layout.TrapLength);
        if (layout.RecordsOffset >= 0)
        {
            RecordTableWriter.Write(trace, layout, write, run);
        }
    }

    private static void Copy(byte[] body, byte* to, int length) =>
        body.AsSpan(0, length).CopyTo(new Span<byte>(to, length));

    private static void PatchAll<TPatcher>(Hole[] holes, byte* at, int limit, in HoleContext context, nint toRun)
        where TPatcher : IHolePatcher
    {
        foreach (ref readonly var hole in holes.AsSpan())
        {
            if (hole.Offset >= limit)
            {
                continue; // in the dropped trailing jump
            }
            TPatcher.Patch(hole.Kind, at + hole.Offset, context.Value(in hole), toRun);
        }
    }
}
