using StencilBench.Core.Uops;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>Copies a compiled trace's code out, with a region per uop and a mark per patched hole, for <c>disasm</c>.</summary>
public static unsafe class MachineCodeReader
{
    public static MachineCode Read(StencilSet set, NativeTrace trace, TraceLayout layout, byte* memory)
    {
        int n = trace.Length;
        var formats = set.Architecture.Holes;
        var regions = new List<CodeRegion> { new(-1, "(entry shim)", 0, layout.CodeLengths[0]) };
        var marks = new List<CodeMark>();
        for (int i = 0; i <= n; i++)
        {
            var group = i == 0 ? set.Shim : set.Uops[trace[i - 1].Opcode];
            var instruction = i == 0 ? default : trace[i - 1];
            if (i > 0)
            {
                regions.Add(new CodeRegion(i - 1, UopTable.All[instruction.Opcode].Name, layout.CodeOffsets[i], layout.CodeLengths[i]));
            }
            foreach (var hole in group.Code.Holes)
            {
                if (hole.Offset < layout.CodeLengths[i])
                {
                    int offset = layout.CodeOffsets[i] + hole.Offset;
                    var format = formats[hole.Kind];
                    marks.Add(new CodeMark(offset, format.Width, Describe(set, group, hole, format, instruction, i == 0, memory + offset)));
                }
            }
        }
        regions.Add(new CodeRegion(n, "(trap)", layout.TrapOffset, layout.TrapLength));
        for (int i = 1; i <= n; i++)
        {
            if (set.Uops[trace[i - 1].Opcode].Cold is { } cold)
            {
                regions.Add(new CodeRegion(i - 1, $"{UopTable.All[trace[i - 1].Opcode].Name} (cold)", layout.ColdOffsets[i], cold.Body.Length));
            }
        }
        byte[] bytes = new Span<byte>(memory, layout.CodeSize).ToArray();
        return new MachineCode(bytes, (ulong)memory, set.Architecture.Name, regions, marks);
    }

    private static string Describe(StencilSet set, StencilGroup group, Hole hole, HoleFormat format, SbUopInstruction instruction, bool isShim, byte* location) => hole.Value switch
    {
        HoleValue.Oparg => $"oparg = {instruction.Oparg}",
        HoleValue.Operand0 => $"operand0 = 0x{instruction.Operand0:x}",
        HoleValue.Target => $"target = {instruction.Target}",
        HoleValue.Continue => isShim ? "first uop" : "continue: next uop",
        HoleValue.JumpTarget => $"jump target: uop {instruction.JumpTarget}",
        HoleValue.ErrorTarget => $"error target: uop {instruction.ErrorTarget}",
        HoleValue.Symbol => set.Symbols[hole.Symbol],
        HoleValue.Data when !format.Relaxations.IsEmpty => SlotText(set, group, hole, format, location),
        _ => $"{hole.Value.ToString().ToLowerInvariant()} + 0x{hole.Addend:x}",
    };

    // A hole that may have been relaxed reads a GOT slot in the data: name the slot's symbol, and
    // whether the patch rewrote the instruction to reach it directly.
    private static string SlotText(StencilSet set, StencilGroup group, Hole hole, HoleFormat format, byte* location)
    {
        long slot = hole.Addend + format.Width;
        var slotHole = group.Data.Holes.FirstOrDefault(h => h.Offset == slot);
        string name = slotHole.Value == HoleValue.Symbol ? set.Symbols[slotHole.Symbol] : "data";
        var relaxed = format.Relaxations.FirstOrDefault(r => r.WasApplied(location));
        return relaxed is null ? $"{name} (via GOT slot)" : $"{name} ({relaxed.Name})";
    }
}
