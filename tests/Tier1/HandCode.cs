using System.Collections.Immutable;
using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;
using static StencilBench.Frontend.Bytecode.Opcode;

namespace StencilBench.Tests.Tier1;

/// <summary>Code objects written by hand in CPython 3.14's shapes (jumps as instruction indices), so these tests need no parser.</summary>
internal static class HandCode
{
    public static CodeObject Code(string name, int argCount, string[] vars, Value[] consts, string[] names, params (Opcode Op, int Arg)[] instructions) =>
        new(name, "hand.py", 1, argCount, [.. vars], [.. consts], [.. names],
            [.. instructions.Select((i, k) => new Instruction(i.Op, i.Arg, new SourcePos("hand.py", k + 1, 1)))]);

    /// <summary>
    /// <code>
    /// def fibonacci(n):
    ///     a, b = 0, 1
    ///     for _ in range(n):
    ///         a, b = b, a + b
    ///     return a
    /// </code>
    /// </summary>
    public static CodeObject Fibonacci() => Code("fibonacci", 1, ["n", "a", "b", "_"], [], ["range"],
        (RESUME, 0),
        (LOAD_SMALL_INT, 0), (LOAD_SMALL_INT, 1), (SWAP, 2), (STORE_FAST_STORE_FAST, 0x12),
        (LOAD_GLOBAL, 1), (LOAD_FAST_BORROW, 0), (CALL, 1), (GET_ITER, 0),
        (FOR_ITER, 16),                              // 9: the loop head; exhausted: past END_FOR (16)
        (STORE_FAST, 3), (LOAD_FAST_BORROW, 2), (LOAD_FAST_BORROW_LOAD_FAST_BORROW, 0x12),
        (BINARY_OP, BinaryOpArg.Add), (STORE_FAST_STORE_FAST, 0x21),
        (JUMP_BACKWARD, 9),                          // 15
        (END_FOR, 0), (POP_ITER, 0), (LOAD_FAST_BORROW, 1), (RETURN_VALUE, 0));

    /// <summary>
    /// <code>
    /// def op(x, y):
    ///     return x OP y
    /// </code>
    /// </summary>
    public static CodeObject Binary(int oparg) => Code("op", 2, ["x", "y"], [], [],
        (RESUME, 0), (LOAD_FAST_BORROW_LOAD_FAST_BORROW, 0x01), (BINARY_OP, oparg), (RETURN_VALUE, 0));

    /// <summary><c>def cmp(x, y): return x &lt; y</c> (COMPARE_OP with the bool bit).</summary>
    public static CodeObject LessThan() => Code("cmp", 2, ["x", "y"], [], [],
        (RESUME, 0), (LOAD_FAST_BORROW_LOAD_FAST_BORROW, 0x01), (COMPARE_OP, 18), (RETURN_VALUE, 0));
}
