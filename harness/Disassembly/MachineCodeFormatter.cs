using System.Globalization;
using System.Text;
using StencilBench.Core.Backends;

namespace StencilBench.Harness.Disassembly;

/// <summary>
/// Machine code as the talk's slides show it: per uop a header, then offset, bytes and assembly
/// per instruction, each patched hole marked under the instruction that holds it. The decoder
/// is the architecture's (<see cref="InstructionDecoders"/>).
/// </summary>
public static class MachineCodeFormatter
{
    /// <summary>The listing; throws <see cref="NotSupportedException"/> with one line when no decoder knows the architecture.</summary>
    public static string Format(MachineCode code) =>
        Format(code, InstructionDecoders.For(code.Architecture, out string? why) ?? throw new NotSupportedException(why));

    public static string Format(MachineCode code, IInstructionDecoder decoder)
    {
        var instructions = decoder.Decode(code);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{code.Bytes.Length} bytes at 0x{code.Address:x}, {code.Regions.Count(r => r.UopIndex >= 0 && r.UopName[0] != '(')} uops, {code.Marks.Count} holes");
        foreach (var region in code.Regions)
        {
            sb.AppendLine();
            string index = region.UopIndex >= 0 && region.UopName[0] != '(' ? $"{region.UopIndex,3}: " : "";
            sb.AppendLine(CultureInfo.InvariantCulture, $"{index}{region.UopName} ({region.Length} bytes)");
            foreach (var instruction in instructions.Where(i => i.Offset >= region.Offset && i.Offset < region.Offset + region.Length))
            {
                int offset = instruction.Offset;
                string bytes = string.Join(' ', code.Bytes.Skip(offset).Take(instruction.Length).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {offset,5:x4}: {bytes,-30} {instruction.Text}");
                foreach (var mark in code.Marks.Where(m => m.Offset >= offset && m.Offset < offset + instruction.Length))
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"  {"",5}  {new string(' ', 3 * (mark.Offset - offset))}{new string('^', 3 * mark.Length - 1)} {mark.Text}");
                }
            }
        }
        return sb.ToString();
    }
}
