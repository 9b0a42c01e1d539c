using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>What the flow-graph passes need to know of each instruction: jumps, exits, stack effects.</summary>
internal static class OpcodeFacts
{
    public static bool HasTarget(Opcode op) => op is Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE
        or Opcode.JUMP_FORWARD or Opcode.JUMP_BACKWARD or Opcode.JUMP_BACKWARD_NO_INTERRUPT or Opcode.FOR_ITER
        or PseudoOp.Jump or PseudoOp.JumpNoInterrupt or PseudoOp.JumpIfFalse or PseudoOp.JumpIfTrue;

    public static bool IsUnconditionalJump(Opcode op) => op is PseudoOp.Jump or PseudoOp.JumpNoInterrupt
        or Opcode.JUMP_FORWARD or Opcode.JUMP_BACKWARD or Opcode.JUMP_BACKWARD_NO_INTERRUPT;

    public static bool IsConditionalJump(Opcode op) => op is Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE;

    public static bool IsScopeExit(Opcode op) => op == Opcode.RETURN_VALUE;

    /// <summary>Ends a basic block: a jump of any kind or a return.</summary>
    public static bool IsTerminator(Opcode op) => HasTarget(op) || IsScopeExit(op);

    public static bool LoadsConst(Opcode op) => op is Opcode.LOAD_CONST or Opcode.LOAD_SMALL_INT;

    /// <summary>Whether the instruction checks the eval breaker (a backward jump, a call).</summary>
    public static bool HasEvalBreak(Opcode op) => op is PseudoOp.Jump or Opcode.JUMP_BACKWARD or Opcode.CALL;

    /// <summary>Values the instruction pops, as CPython's <c>_PyOpcode_num_popped</c>.</summary>
    public static int Popped(Opcode op, int arg) => op switch
    {
        Opcode.STORE_FAST or Opcode.STORE_FAST_LOAD_FAST or Opcode.POP_TOP or Opcode.UNARY_NEGATIVE
            or Opcode.UNARY_NOT or Opcode.TO_BOOL or Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE
            or Opcode.GET_ITER or Opcode.FOR_ITER or Opcode.END_FOR or Opcode.POP_ITER or Opcode.RETURN_VALUE
            or Opcode.UNPACK_SEQUENCE or PseudoOp.JumpIfFalse or PseudoOp.JumpIfTrue => 1,
        Opcode.STORE_FAST_STORE_FAST or Opcode.BINARY_OP or Opcode.COMPARE_OP or Opcode.LIST_EXTEND => 2,
        Opcode.STORE_SUBSCR => 3,
        Opcode.COPY => arg,
        Opcode.SWAP => arg,
        Opcode.BUILD_LIST or Opcode.BUILD_TUPLE => arg,
        Opcode.CALL => arg + 2,
        _ => 0,
    };

    /// <summary>Values the instruction pushes, as CPython's <c>_PyOpcode_num_pushed</c>.</summary>
    public static int Pushed(Opcode op, int arg) => op switch
    {
        Opcode.LOAD_FAST or Opcode.LOAD_FAST_CHECK or Opcode.LOAD_FAST_BORROW or Opcode.STORE_FAST_LOAD_FAST
            or Opcode.LOAD_CONST or Opcode.LOAD_SMALL_INT or Opcode.PUSH_NULL or Opcode.BINARY_OP
            or Opcode.COMPARE_OP or Opcode.UNARY_NEGATIVE or Opcode.UNARY_NOT or Opcode.TO_BOOL
            or Opcode.GET_ITER or Opcode.RETURN_VALUE or Opcode.BUILD_LIST or Opcode.BUILD_TUPLE
            or Opcode.CALL or Opcode.LIST_EXTEND or PseudoOp.JumpIfFalse or PseudoOp.JumpIfTrue => 1,
        Opcode.LOAD_FAST_LOAD_FAST or Opcode.LOAD_FAST_BORROW_LOAD_FAST_BORROW or Opcode.FOR_ITER => 2,
        Opcode.LOAD_GLOBAL => 1 + (arg & 1),
        Opcode.COPY => arg + 1,
        Opcode.SWAP => arg,
        Opcode.UNPACK_SEQUENCE => arg,
        _ => 0,
    };

    /// <summary>The net stack effect along the fall-through path, or along the jump when <paramref name="jump"/>.</summary>
    public static int StackEffect(Opcode op, int arg, bool jump) => op switch
    {
        // On exhaustion FOR_ITER jumps to END_FOR with the iterator and one value above it, as 3.14.
        Opcode.FOR_ITER => 1,
        _ when jump && op is PseudoOp.Jump or PseudoOp.JumpNoInterrupt => 0,
        _ => Pushed(op, arg) - Popped(op, arg),
    };
}
