namespace StencilBench.Workloads.Model;

/// <summary>
/// Every limit a trace file is held to, in one place. A trace file is untrusted input: each limit
/// keeps parsing, evaluating and loading it bounded in time, stack and memory, and each breach is a
/// one-line <see cref="Core.Traces.TraceException"/> naming file, line and column.
/// </summary>
public static class TraceLimits
{
    /// <summary>
    /// How deeply an expression may nest (parentheses, brackets, calls, unary operators and each link
    /// of an operator chain). The parser and evaluator recurse once per level; 200 levels stay far
    /// inside a 1 MB thread stack.
    /// </summary>
    public const int MaxNesting = 200;

    /// <summary>Digits in one number literal (Python's default int_max_str_digits); parsing is quadratic beyond.</summary>
    public const int MaxLiteralDigits = 4_300;

    /// <summary>Decimal digits of an int an operation may produce (estimated from bit lengths before computing).</summary>
    public const int MaxIntDigits = 100_000;

    /// <summary>Items of one list or tuple, counting nested items (shared ones each time they appear).</summary>
    public const int MaxElements = 10_000_000;

    /// <summary>Items (counted as for <see cref="MaxElements"/>) of all the locals and stack values a frame starts with.</summary>
    public const int MaxLoadElements = 10_000_000;

    /// <summary>Locals of a frame: an oparg (16 bits) must be able to name each one.</summary>
    public const int MaxLocals = 65_535;

    /// <summary>Uops of one trace.</summary>
    public const int MaxUops = 100_000;

    /// <summary>Characters of a problem's text in an error message; the rest is elided with "…".</summary>
    public const int MaxMessageChars = 200;
}
