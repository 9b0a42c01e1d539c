namespace StencilBench.Frontend.Bytecode;

/// <summary>
/// One bytecode instruction. <see cref="Arg"/> has CPython 3.14's oparg meaning — <c>BINARY_OP</c>'s
/// <c>NB_*</c> number (26 = subscript), <c>COMPARE_OP</c>'s <c>cmp &lt;&lt; 5 | 16</c> (16: the result
/// is converted to bool), <c>LOAD_GLOBAL</c>'s <c>namei &lt;&lt; 1 | push_null</c>,
/// <c>LOAD_FAST_LOAD_FAST</c>'s <c>a &lt;&lt; 4 | b</c>, ... — except for jumps: a jump's Arg is the
/// absolute index of its target instruction (for <c>FOR_ITER</c>, where it goes on exhaustion, which
/// is its <c>END_FOR</c> as in 3.14). Unlike CPython, an instruction is one code unit with a full-width
/// Arg and no <c>CACHE</c> entries follow it (a tier-1 interpreter keeps its adaptive counters beside
/// the code), so an instruction's offset is its index in <see cref="CodeObject.Instructions"/>.
/// </summary>
public readonly record struct Instruction(Opcode Opcode, int Arg, SourcePos Pos)
{
    /// <summary>Whether Arg is the index of a jump target.</summary>
    public bool IsJump => Opcode is Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE
        or Opcode.JUMP_FORWARD or Opcode.JUMP_BACKWARD or Opcode.JUMP_BACKWARD_NO_INTERRUPT
        or Opcode.FOR_ITER or Opcode.FOR_ITER_RANGE or Opcode.FOR_ITER_LIST or Opcode.JUMP_BACKWARD_JIT or Opcode.JUMP_BACKWARD_NO_JIT;

    public override string ToString() => $"{Opcode} {Arg}";
}
