using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// Copies each group's data then code into the (writable) memory and patches every hole: the
/// part of codegen that is copy-and-patch proper.
/// </summary>
public static unsafe class TraceEmitter
{
    public static void Emit(StencilSet set, ulong[] symbols, NativeTrace trace, TraceLayout layout, byte* memory)
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
            PatchAll(group.Data.Holes, context.Data, int.MaxValue, in context);
            Copy(group.Code.Body, context.Code, layout.CodeLengths[i]);
            PatchAll(group.Code.Holes, context.Code, layout.CodeLengths[i], in context);
        }
        memory[layout.TrapOffset] = 0xCC; // int3: nothing may run past the last stencil
    }

    private static void Copy(byte[] body, byte* to, int length) =>
        body.AsSpan(0, length).CopyTo(new Span<byte>(to, length));

    private static void PatchAll(Hole[] holes, byte* at, int limit, in HoleContext context)
    {
        foreach (ref readonly var hole in holes.AsSpan())
        {
            if (hole.Offset >= limit)
            {
                continue; // in the dropped trailing jump
            }
            byte* location = at + hole.Offset;
            ulong value = context.Value(in hole);
            switch (hole.Kind)
            {
                case HoleKind.Absolute64:
                    Patches.Patch64(location, value);
                    break;
                case HoleKind.Absolute32:
                    Patches.Patch32(location, value);
                    break;
                case HoleKind.Absolute32Signed:
                    Patches.Patch32Signed(location, value);
                    break;
                case HoleKind.Relative32:
                    Patches.Patch32Relative(location, value);
                    break;
                case HoleKind.X86_64GotRelative32:
                    Patches.PatchX86_64GotRelative32(location, value);
                    break;
                default:
                    throw new InvalidOperationException($"copy-and-patch: no patch function for {hole.Kind}");
            }
        }
    }
}
