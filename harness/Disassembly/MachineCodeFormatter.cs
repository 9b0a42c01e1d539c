using System.Globalization;
using System.Text;
using Iced.Intel;
using StencilBench.Core.Backends;

namespace StencilBench.Harness.Disassembly;

/// <summary>
/// Machine code as the talk's slides show it: per uop a header, then offset, bytes and AT&amp;T
/// assembly per instruction, each patched hole marked under the instruction that holds it.
/// </summary>
public static class MachineCodeFormatter
{
    public static string Format(MachineCode code)
    {
        if (code.Architecture != "x86_64")
        {
            throw new NotSupportedException($"no disassembler for {code.Architecture} (only x86_64)");
        }
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{code.Bytes.Length} bytes at 0x{code.Address:x}, {code.Regions.Count(r => r.UopIndex >= 0 && r.UopName[0] != '(')} uops, {code.Marks.Count} holes");
        var formatter = new GasFormatter();
        formatter.Options.FirstOperandCharIndex = 8;
        var output = new StringOutput();
        foreach (var region in code.Regions)
        {
            sb.AppendLine();
            string index = region.UopIndex >= 0 && region.UopName[0] != '(' ? $"{region.UopIndex,3}: " : "";
            sb.AppendLine(CultureInfo.InvariantCulture, $"{index}{region.UopName} ({region.Length} bytes)");
            var decoder = Iced.Intel.Decoder.Create(64, new ByteArrayCodeReader(code.Bytes, region.Offset, region.Length), code.Address + (ulong)region.Offset);
            while (decoder.IP < code.Address + (ulong)(region.Offset + region.Length))
            {
                decoder.Decode(out var instruction);
                int offset = (int)(instruction.IP - code.Address);
                formatter.Format(instruction, output);
                string bytes = string.Join(' ', code.Bytes.Skip(offset).Take(instruction.Length).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {offset,5:x4}: {bytes,-30} {output.ToStringAndReset()}");
                foreach (var mark in code.Marks.Where(m => m.Offset >= offset && m.Offset < offset + instruction.Length))
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"  {"",5}  {new string(' ', 3 * (mark.Offset - offset))}{new string('^', 3 * mark.Length - 1)} {mark.Text}");
                }
            }
        }
        return sb.ToString();
    }
}
