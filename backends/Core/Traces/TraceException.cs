namespace StencilBench.Core.Traces;

/// <summary>
/// A malformed trace or trace file. The message is one line: <c>file:line:col: error: what is wrong</c>
/// (or <c>place: error: ...</c> when the trace was built in code and has no file).
/// </summary>
public class TraceException : Exception
{
    public TraceException(SourceLocation? where, string problem)
        : base(where is null ? $"error: {problem}" : $"{where}: error: {problem}")
    {
        Where = where;
        Problem = problem;
    }

    public TraceException(string place, string problem)
        : base($"{place}: error: {problem}")
    {
        Problem = problem;
    }

    public SourceLocation? Where { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
