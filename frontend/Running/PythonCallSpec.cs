using StencilBench.Core.Traces;
using StencilBench.Core.Values;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Frontend.Running;

/// <summary>
/// <c>F.py:fn(args)</c>: a Python file, a function in it and its arguments, which are written in
/// the trace format's value syntax (Python's: <c>100</c>, <c>[1, 2.5]</c>, <c>10**30</c>, <c>list(range(8))</c>).
/// </summary>
public sealed record PythonCallSpec(string File, string Function, string ArgsText, IReadOnlyList<Value> Args)
{
    /// <summary>Whether a command-line word names a Python call rather than a workload.</summary>
    public static bool Looks(string word) => word.Contains(".py:", StringComparison.Ordinal);

    /// <exception cref="FormatException">One line saying what is wrong with the call.</exception>
    public static PythonCallSpec Parse(string text)
    {
        int colon = text.IndexOf(".py:", StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new FormatException($"{text}: expected F.py:fn(args)");
        }
        string file = text[..(colon + 3)];
        string call = text[(colon + 4)..];
        int open = call.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !call.EndsWith(')'))
        {
            throw new FormatException($"{text}: expected a call after the file, as {file}:fn(1, 2)");
        }
        string function = call[..open].Trim();
        string args = call[(open + 1)..^1];
        if (!System.Text.RegularExpressions.Regex.IsMatch(function, "^[A-Za-z_][A-Za-z0-9_]*$"))
        {
            throw new FormatException($"{text}: '{function}' is not a function name");
        }
        return new PythonCallSpec(file, function, args, ParseArgs(text, args));
    }

    private static IReadOnlyList<Value> ParseArgs(string text, string args)
    {
        if (args.Trim().Length == 0)
        {
            return [];
        }
        try
        {
            var cursor = new TokenCursor(Lexer.Tokenize($"[{args}]", "arguments", 1));
            var list = (ListValue)Evaluator.Evaluate(ExprParser.ParseAll(cursor), new Dictionary<string, Value>());
            return list.Items;
        }
        catch (Exception e) when (e is TraceException or InvalidCastException || e.GetType().Name == "EvalError")
        {
            throw new FormatException($"{text}: bad arguments: {e.Message}");
        }
    }
}
