namespace StencilBench.Frontend.Bytecode;

/// <summary>
/// The bytecode instructions of the supported Python subset, with CPython 3.14's names
/// (<c>Include/opcode_ids.h</c>). The generic forms are what the compiler emits; the tier-1
/// interpreter quickens them in place to the specialised forms at the end of the enum.
/// </summary>
public enum Opcode
{
    NOP,
    RESUME,
    NOT_TAKEN,

    LOAD_FAST,
    LOAD_FAST_CHECK,
    LOAD_FAST_BORROW,
    LOAD_FAST_LOAD_FAST,
    LOAD_FAST_BORROW_LOAD_FAST_BORROW,
    STORE_FAST,
    STORE_FAST_LOAD_FAST,
    STORE_FAST_STORE_FAST,
    LOAD_CONST,
    LOAD_SMALL_INT,
    LOAD_GLOBAL,

    POP_TOP,
    PUSH_NULL,
    COPY,
    SWAP,

    BINARY_OP,
    STORE_SUBSCR,
    COMPARE_OP,
    UNARY_NEGATIVE,
    UNARY_NOT,
    TO_BOOL,

    POP_JUMP_IF_FALSE,
    POP_JUMP_IF_TRUE,
    JUMP_FORWARD,
    JUMP_BACKWARD,
    JUMP_BACKWARD_NO_INTERRUPT,

    GET_ITER,
    FOR_ITER,
    END_FOR,
    POP_ITER,

    BUILD_LIST,
    BUILD_TUPLE,
    LIST_EXTEND,
    UNPACK_SEQUENCE,

    CALL,
    RETURN_VALUE,

    // Specialised forms (tier-1 quickening) follow; brief O adds them.
    BINARY_OP_ADD_INT,
    BINARY_OP_SUBTRACT_INT,
    BINARY_OP_MULTIPLY_INT,
    BINARY_OP_ADD_FLOAT,
    BINARY_OP_SUBTRACT_FLOAT,
    BINARY_OP_MULTIPLY_FLOAT,
    BINARY_OP_SUBSCR_LIST_INT,
    STORE_SUBSCR_LIST_INT,
    COMPARE_OP_INT,
    COMPARE_OP_FLOAT,
    TO_BOOL_BOOL,
    TO_BOOL_INT,
    FOR_ITER_RANGE,
    FOR_ITER_LIST,
    JUMP_BACKWARD_JIT,
    JUMP_BACKWARD_NO_JIT,
}
