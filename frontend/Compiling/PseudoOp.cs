using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// CPython's pseudo-instructions, which exist only inside the compiler: the code generator emits
/// them and the flow-graph passes turn them into real ones (<c>JUMP</c> into <c>JUMP_FORWARD</c> or
/// <c>JUMP_BACKWARD</c>, <c>JUMP_IF_FALSE</c> into <c>COPY 1; TO_BOOL; POP_JUMP_IF_FALSE</c>).
/// They sit outside <see cref="Opcode"/>'s range so that no listing can show them.
/// </summary>
internal static class PseudoOp
{
    public const Opcode Jump = (Opcode)1000;
    public const Opcode JumpNoInterrupt = (Opcode)1001;
    public const Opcode JumpIfFalse = (Opcode)1002;
    public const Opcode JumpIfTrue = (Opcode)1003;
}
