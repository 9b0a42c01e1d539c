namespace StencilBench.Core.Traces;

/// <summary>How a trace leaves (the runtime's SB_EXIT_*, which NativeLayoutTests checks this against).</summary>
public enum ExitKind
{
    None = 0,
    /// <summary><c>_EXIT_TRACE</c>: a side exit.</summary>
    Exit = 1,
    /// <summary><c>_DEOPT</c>: back to the tier-one interpreter.</summary>
    Deopt = 2,
    /// <summary><c>_ERROR_POP_N</c>: an exception is set.</summary>
    Error = 3,
}
