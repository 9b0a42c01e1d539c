using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Tier1;

/// <summary>A running function's frame: its locals (null: unbound), its value stack, the next instruction.</summary>
public sealed class Tier1Frame(CodeObject code, object?[] locals)
{
    public CodeObject Code { get; } = code;
    public object?[] Locals { get; } = locals;
    public List<object?> Stack { get; } = [];
    public int Ip { get; set; }

    public object? Pop()
    {
        object? top = Stack[^1];
        Stack.RemoveAt(Stack.Count - 1);
        return top;
    }

    public void Push(object? value) => Stack.Add(value);
}

/// <summary>
/// Where tier 1 hands a warm loop to tier 2: called at every <c>JUMP_BACKWARD_JIT</c> after the jump
/// (the frame is at the loop head). <paramref name="warm"/>: the instruction's counter triggered.
/// Returns whether it ran a trace; if so the frame holds what the trace left and its exit's offset.
/// </summary>
public interface ITraceEntry
{
    bool TryEnter(Tier1Frame frame, QuickenedCode code, int jumpIndex, bool warm);
}
