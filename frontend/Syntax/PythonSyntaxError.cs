using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Syntax;

/// <summary>
/// Source the front end cannot compile: a real syntax error, or a construct outside the supported
/// subset. The message is one line, <c>file:line:col: what</c>.
/// </summary>
public sealed class PythonSyntaxError(SourcePos pos, string what) : Exception($"{pos}: {what}")
{
    public SourcePos Pos { get; } = pos;

    /// <summary>The error for a construct Python has but the subset does not.</summary>
    public static PythonSyntaxError Unsupported(SourcePos pos, string construct) =>
        new(pos, $"{construct} is not in the supported Python subset");
}
