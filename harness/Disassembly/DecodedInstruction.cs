namespace StencilBench.Harness.Disassembly;

/// <summary>One instruction of a code buffer: where it starts (from the buffer's start), its bytes and its assembly.</summary>
public sealed record DecodedInstruction(int Offset, int Length, string Text);
