using Iced.Intel;
using StencilBench.Core.Backends;

namespace StencilBench.Harness.Disassembly;

/// <summary>x86 and x86-64 in process, with Iced, in AT&amp;T syntax (as the talk's slides and objdump show it).</summary>
public sealed class IcedX86Decoder(int bitness) : IInstructionDecoder
{
    public IReadOnlyList<DecodedInstruction> Decode(MachineCode code)
    {
        var formatter = new GasFormatter();
        formatter.Options.FirstOperandCharIndex = 8;
        var output = new StringOutput();
        var all = new List<DecodedInstruction>();
        foreach (var region in code.Regions)
        {
            // Each region decoded from its own start: a stencil begins on an instruction.
            ulong end = code.Address + (ulong)(region.Offset + region.Length);
            var decoder = Decoder.Create(bitness, new ByteArrayCodeReader(code.Bytes, region.Offset, region.Length), code.Address + (ulong)region.Offset);
            while (decoder.IP < end)
            {
                decoder.Decode(out var instruction);
                formatter.Format(instruction, output);
                all.Add(new DecodedInstruction((int)(instruction.IP - code.Address), instruction.Length, output.ToStringAndReset()));
            }
        }
        return all;
    }
}
