namespace StencilBench.Core.Traces;

/// <summary>The exception a failed run raised (the runtime's SB_ERR_*, which NativeLayoutTests checks this against).</summary>
public enum ErrorKind
{
    None = 0,
    ZeroDivision = 1,
    Type = 2,
    Index = 3,
    Overflow = 4,
    Memory = 5,
    Value = 6,

    /// <summary>A spent periodic budget (the thread state's interrupt_after): the host stopped a loop.</summary>
    Interrupt = 7,
}
