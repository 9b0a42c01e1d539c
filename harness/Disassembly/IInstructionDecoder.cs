using StencilBench.Core.Backends;

namespace StencilBench.Harness.Disassembly;

/// <summary>Turns one architecture's machine code into instructions, region by region.</summary>
public interface IInstructionDecoder
{
    /// <summary>Every instruction of <paramref name="code"/>'s regions, in order; none crosses a region's end.</summary>
    IReadOnlyList<DecodedInstruction> Decode(MachineCode code);
}
