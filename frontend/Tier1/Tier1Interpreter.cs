using System.Numerics;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Tier1;

/// <summary>
/// The tier-1 specialising interpreter: runs a function's bytecode over tier 1's objects with
/// CPython 3.14's semantics for the subset, quickening adaptive instructions as it goes
/// (<see cref="AdaptiveInstructions"/>) and, when given a <see cref="ITraceEntry"/>, offering each
/// warm loop to tier 2. Jumps' opargs are absolute instruction indices (the bytecode model's).
/// </summary>
public sealed class Tier1Interpreter(QuickenedCode code, ITraceEntry? traces = null)
{
    private readonly AdaptiveInstructions _adaptive = new();

    public QuickenedCode Code { get; } = code;

    /// <summary>Calls the function with its positional arguments and returns its result.</summary>
    /// <exception cref="PythonError">The Python exception the function raised.</exception>
    public object Call(IReadOnlyList<object> args)
    {
        CodeObject co = Code.Code;
        if (args.Count != co.ArgCount)
        {
            throw new PythonError("TypeError", $"{co.Name}() takes {co.ArgCount} positional arguments but {args.Count} were given");
        }
        var locals = new object?[co.VarNames.Length];
        for (int i = 0; i < args.Count; i++)
        {
            locals[i] = args[i];
        }
        return Run(new Tier1Frame(co, locals));
    }

    /// <summary>Runs the frame from its instruction pointer to the function's return.</summary>
    public object Run(Tier1Frame f)
    {
        var instructions = Code.Code.Instructions;
        while (true)
        {
            int at = f.Ip;
            Instruction ins = instructions[at];
            InstructionState state = Code.States[at];
            int arg = ins.Arg;
            f.Ip = at + 1;
            switch (Specializer.Generic(state.Opcode))
            {
                case Opcode.NOP or Opcode.RESUME or Opcode.NOT_TAKEN:
                    break;
                case Opcode.LOAD_FAST or Opcode.LOAD_FAST_BORROW:
                    f.Push(f.Locals[arg]);
                    break;
                case Opcode.LOAD_FAST_CHECK:
                    f.Push(f.Locals[arg] ?? throw Unbound(arg));
                    break;
                case Opcode.LOAD_FAST_LOAD_FAST or Opcode.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
                    f.Push(f.Locals[arg >> 4]);
                    f.Push(f.Locals[arg & 15]);
                    break;
                case Opcode.STORE_FAST:
                    f.Locals[arg] = f.Pop();
                    break;
                case Opcode.STORE_FAST_LOAD_FAST:
                    f.Locals[arg >> 4] = f.Pop();
                    f.Push(f.Locals[arg & 15]);
                    break;
                case Opcode.STORE_FAST_STORE_FAST:
                    f.Locals[arg >> 4] = f.Pop();
                    f.Locals[arg & 15] = f.Pop();
                    break;
                case Opcode.LOAD_CONST:
                    f.Push(ValueConversion.FromValue(Code.Code.Consts[arg]));
                    break;
                case Opcode.LOAD_SMALL_INT:
                    f.Push((BigInteger)arg);
                    break;
                case Opcode.LOAD_GLOBAL:
                    f.Push(Global(Code.Code.Names[arg >> 1]));
                    if ((arg & 1) != 0)
                    {
                        f.Push(null);
                    }
                    break;
                case Opcode.POP_TOP or Opcode.END_FOR or Opcode.POP_ITER:
                    f.Pop();
                    break;
                case Opcode.PUSH_NULL:
                    f.Push(null);
                    break;
                case Opcode.COPY:
                    f.Push(f.Stack[^arg]);
                    break;
                case Opcode.SWAP:
                    (f.Stack[^1], f.Stack[^arg]) = (f.Stack[^arg], f.Stack[^1]);
                    break;
                case Opcode.BINARY_OP:
                    {
                        Opcode op = _adaptive.Select(state, arg, f.Stack);
                        object right = f.Pop()!, left = f.Pop()!;
                        f.Push(AdaptiveInstructions.BinaryOp(op, arg, left, right));
                        break;
                    }
                case Opcode.STORE_SUBSCR:
                    {
                        _adaptive.Select(state, arg, f.Stack);
                        object sub = f.Pop()!, container = f.Pop()!, value = f.Pop()!;
                        Sequences.SetItem(container, sub, value);
                        break;
                    }
                case Opcode.COMPARE_OP:
                    {
                        Opcode op = _adaptive.Select(state, arg, f.Stack);
                        object right = f.Pop()!, left = f.Pop()!;
                        f.Push(AdaptiveInstructions.Compare(op, arg, left, right));
                        break;
                    }
                case Opcode.TO_BOOL:
                    _adaptive.Select(state, arg, f.Stack);
                    f.Push(Comparisons.IsTrue(f.Pop()!));
                    break;
                case Opcode.UNARY_NOT:
                    f.Push(!Comparisons.IsTrue(f.Pop()!));
                    break;
                case Opcode.UNARY_NEGATIVE:
                    f.Push(Negate(f.Pop()!));
                    break;
                case Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE:
                    {
                        bool jump = Comparisons.IsTrue(f.Pop()!) == (ins.Opcode == Opcode.POP_JUMP_IF_TRUE);
                        state.BranchHistory = (ushort)((state.BranchHistory << 1) | (jump ? 1 : 0));
                        if (jump)
                        {
                            f.Ip = arg;
                        }
                        break;
                    }
                case Opcode.JUMP_FORWARD:
                    f.Ip = arg;
                    break;
                case Opcode.JUMP_BACKWARD:
                    f.Ip = arg;
                    JumpBackward(f, state, at);
                    break;
                case Opcode.JUMP_BACKWARD_NO_INTERRUPT:
                    f.Ip = arg;
                    break;
                case Opcode.LIST_EXTEND:
                    {
                        object iterable = f.Pop()!;
                        object it = Sequences.Iter(iterable);
                        var list = (PyList)f.Stack[^arg]!;
                        while (Sequences.Next(it) is object item)
                        {
                            list.Items.Add(item);
                        }
                        break;
                    }
                case Opcode.GET_ITER:
                    f.Push(Sequences.Iter(f.Pop()!));
                    break;
                case Opcode.FOR_ITER:
                    {
                        _adaptive.Select(state, arg, f.Stack);
                        object? next = Sequences.Next(f.Stack[^1]!);
                        if (next is null)
                        {
                            f.Ip = arg + 1; // past END_FOR, as 3.14's exhausted FOR_ITER jumps
                        }
                        else
                        {
                            f.Push(next);
                        }
                        break;
                    }
                case Opcode.BUILD_LIST or Opcode.BUILD_TUPLE:
                    {
                        object[] items = [.. f.Stack.Skip(f.Stack.Count - arg).Select(v => v!)];
                        f.Stack.RemoveRange(f.Stack.Count - arg, arg);
                        f.Push(ins.Opcode == Opcode.BUILD_LIST ? new PyList([.. items]) : new PyTuple(items));
                        break;
                    }
                case Opcode.UNPACK_SEQUENCE:
                    foreach (object item in Sequences.Unpack(f.Pop()!, arg).Reverse())
                    {
                        f.Push(item);
                    }
                    break;
                case Opcode.CALL:
                    {
                        object[] args = [.. f.Stack.Skip(f.Stack.Count - arg).Select(v => v!)];
                        f.Stack.RemoveRange(f.Stack.Count - arg, arg);
                        f.Pop(); // self_or_null
                        object callable = f.Pop()!;
                        f.Push(callable is PyBuiltin b ? Builtins.Call(b.Name, args)
                            : throw new PythonError("TypeError", $"'{TypeNames.Of(callable)}' object is not callable"));
                        break;
                    }
                case Opcode.RETURN_VALUE:
                    return f.Pop()!;
                default:
                    throw new InvalidOperationException($"tier 1 has no case for {ins.Opcode} at {at}");
            }
        }
    }

    private void JumpBackward(Tier1Frame f, InstructionState state, int at)
    {
        if (state.Opcode == Opcode.JUMP_BACKWARD)
        {
            // _SPECIALIZE_JUMP_BACKWARD: the first execution picks the form for this interpreter.
            state.Opcode = traces is null ? Opcode.JUMP_BACKWARD_NO_JIT : Opcode.JUMP_BACKWARD_JIT;
        }
        if (state.Opcode != Opcode.JUMP_BACKWARD_JIT || traces is null)
        {
            return;
        }
        bool warm = state.Counter.Triggers;
        state.Counter = warm ? Code.InitialJumpBackward : state.Counter.Advance();
        traces.TryEnter(f, Code, at, warm);
    }

    private PythonError Unbound(int local) =>
        new("UnboundLocalError", $"cannot access local variable '{Code.Code.VarNames[local]}' where it is not associated with a value");

    private static PyBuiltin Global(string name) =>
        Builtins.Names.Contains(name) ? new PyBuiltin(name) : throw new PythonError("NameError", $"name '{name}' is not defined");

    private static object Negate(object v) => v switch
    {
        double d => -d,
        _ when Numbers.IsInt(v) => -Numbers.AsInt(v),
        _ => throw new PythonError("TypeError", $"bad operand type for unary -: '{TypeNames.Of(v)}'"),
    };
}
