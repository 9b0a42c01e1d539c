using System.Numerics;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Tier1;

/// <summary>
/// Chooses the specialised form of an adaptive instruction for the operands it sees, as CPython's
/// Python/specialize.c does (exact types: a bool is not an int here, as PyLong_CheckExact), or
/// null when none fits. Ints are specialised whatever their size (the uops handle big ints) except
/// COMPARE_OP_INT, which CPython 3.14 takes only for compact ints.
/// </summary>
public static class Specializer
{
    public static Opcode? Choose(Opcode generic, int oparg, List<object?> stack) => generic switch
    {
        Opcode.BINARY_OP => BinaryOp(oparg, stack[^2], stack[^1]),
        Opcode.STORE_SUBSCR when stack[^2] is PyList && stack[^1] is BigInteger => Opcode.STORE_SUBSCR_LIST_INT,
        Opcode.COMPARE_OP => Compare(stack[^2], stack[^1]),
        Opcode.TO_BOOL => stack[^1] switch { bool => Opcode.TO_BOOL_BOOL, BigInteger => Opcode.TO_BOOL_INT, _ => null },
        Opcode.FOR_ITER => stack[^1] switch { PyRangeIter => Opcode.FOR_ITER_RANGE, PyListIter => Opcode.FOR_ITER_LIST, _ => null },
        _ => null,
    };

    /// <summary>The generic instruction a specialised one came from (CPython's _PyOpcode_Deopt).</summary>
    public static Opcode Generic(Opcode opcode) => opcode switch
    {
        Opcode.BINARY_OP_ADD_INT or Opcode.BINARY_OP_SUBTRACT_INT or Opcode.BINARY_OP_MULTIPLY_INT
            or Opcode.BINARY_OP_ADD_FLOAT or Opcode.BINARY_OP_SUBTRACT_FLOAT or Opcode.BINARY_OP_MULTIPLY_FLOAT
            or Opcode.BINARY_OP_SUBSCR_LIST_INT => Opcode.BINARY_OP,
        Opcode.STORE_SUBSCR_LIST_INT => Opcode.STORE_SUBSCR,
        Opcode.COMPARE_OP_INT or Opcode.COMPARE_OP_FLOAT => Opcode.COMPARE_OP,
        Opcode.TO_BOOL_BOOL or Opcode.TO_BOOL_INT => Opcode.TO_BOOL,
        Opcode.FOR_ITER_RANGE or Opcode.FOR_ITER_LIST => Opcode.FOR_ITER,
        Opcode.JUMP_BACKWARD_JIT or Opcode.JUMP_BACKWARD_NO_JIT => Opcode.JUMP_BACKWARD,
        _ => opcode,
    };

    /// <summary>Whether the opcode is one tier 1 quickens (has a counter and specialised forms).</summary>
    public static bool IsAdaptive(Opcode opcode) =>
        opcode is Opcode.BINARY_OP or Opcode.STORE_SUBSCR or Opcode.COMPARE_OP or Opcode.TO_BOOL or Opcode.FOR_ITER;

    private static Opcode? BinaryOp(int oparg, object? left, object? right)
    {
        int op = oparg is >= BinaryOpArg.InPlaceOffset and < BinaryOpArg.Subscript ? oparg - BinaryOpArg.InPlaceOffset : oparg;
        return (op, left, right) switch
        {
            (BinaryOpArg.Add, BigInteger, BigInteger) => Opcode.BINARY_OP_ADD_INT,
            (BinaryOpArg.Subtract, BigInteger, BigInteger) => Opcode.BINARY_OP_SUBTRACT_INT,
            (BinaryOpArg.Multiply, BigInteger, BigInteger) => Opcode.BINARY_OP_MULTIPLY_INT,
            (BinaryOpArg.Add, double, double) => Opcode.BINARY_OP_ADD_FLOAT,
            (BinaryOpArg.Subtract, double, double) => Opcode.BINARY_OP_SUBTRACT_FLOAT,
            (BinaryOpArg.Multiply, double, double) => Opcode.BINARY_OP_MULTIPLY_FLOAT,
            (BinaryOpArg.Subscript, PyList, BigInteger) => Opcode.BINARY_OP_SUBSCR_LIST_INT,
            _ => null,
        };
    }

    private static Opcode? Compare(object? left, object? right) => (left, right) switch
    {
        (BigInteger, BigInteger) when SpecialisedGuards.IsCompact(left) && SpecialisedGuards.IsCompact(right) => Opcode.COMPARE_OP_INT,
        (double, double) => Opcode.COMPARE_OP_FLOAT,
        _ => null,
    };
}
