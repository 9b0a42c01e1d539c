using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Format;

/// <summary><c>expect:</c> / <c>expect when n = 100:</c> headers and the lines of their blocks.</summary>
internal static class ExpectParser
{
    public static readonly string[] Keys = ["exit", "target", "error", "locals", "stack"];

    public static void StartBlock(TokenCursor c, ParseState state)
    {
        Token expect = c.Next();
        if (state.Section == Section.Header)
        {
            throw new TraceException(expect.Where, "'expect' before 'trace:'");
        }
        var when = new List<ParamCondition>();
        if (c.Peek.IsName("when"))
        {
            c.Next();
            while (true)
            {
                Token name = c.ExpectName("a param name");
                c.Expect("=");
                when.Add(new ParamCondition(name.Text, ExprParser.Parse(c), name.Where));
                if (!c.Accept(","))
                {
                    break;
                }
            }
        }
        c.Expect(":");
        c.ExpectEnd();
        state.Section = Section.Expect;
        state.Blocks.Add(new ExpectBlockBuilder(when, expect.Where));
    }

    public static void ParseLine(TokenCursor c, ParseState state)
    {
        ExpectBlockBuilder block = state.Blocks[^1];
        Token key = c.ExpectName("a key (" + string.Join(", ", Keys) + ")");
        if (!Keys.Contains(key.Text))
        {
            throw new TraceException(key.Where, $"unknown key '{key.Text}' in 'expect' (expected one of: {string.Join(", ", Keys)})");
        }
        c.Expect(":");
        if (key.Text != "locals" && !block.Keys.Add(key.Text))
        {
            throw new TraceException(key.Where, $"duplicate key '{key.Text}'");
        }
        switch (key.Text)
        {
            case "exit":
                block.Exit = Kind(c, "exit kind", ["exit", "deopt", "error", "any"], ExitKind.Exit, ExitKind.Deopt, ExitKind.Error, ExitKind.None);
                break;
            case "target":
                block.Target = ExprParser.ParseAll(c);
                break;
            case "error":
                block.Error = ErrorName(c);
                break;
            case "locals":
                foreach ((Token name, Expr? value) in HeaderParser.Assignments(c, valueRequired: false))
                {
                    block.Locals.Add(new LocalDefinition(name.Text, value, name.Where));
                }
                break;
            default:
                block.Stack = HeaderParser.ExpressionList(c);
                break;
        }
    }

    private static ExitKind Kind(TokenCursor c, string what, string[] names, params ExitKind[] kinds)
    {
        Token t = c.ExpectName($"an {what} ({string.Join(", ", names)})");
        int at = Array.IndexOf(names, t.Text);
        if (at < 0)
        {
            throw new TraceException(t.Where, $"unknown {what} '{t.Text}' (expected {string.Join(", ", names)})");
        }
        c.ExpectEnd();
        return kinds[at];
    }

    /// <summary>An error kind: <c>ZeroDivisionError</c>, <c>ZeroDivision</c> or <c>zero_division</c>.</summary>
    private static ErrorKind ErrorName(TokenCursor c)
    {
        Token t = c.ExpectName("an error kind");
        c.ExpectEnd();
        string key = t.Text.Replace("_", "", StringComparison.Ordinal);
        if (key.EndsWith("Error", StringComparison.OrdinalIgnoreCase))
        {
            key = key[..^5];
        }
        return Enum.TryParse(key, ignoreCase: true, out ErrorKind kind) && !int.TryParse(key, out _)
            ? kind
            : throw new TraceException(t.Where, $"unknown error kind '{t.Text}' (expected {string.Join(", ", Enum.GetNames<ErrorKind>().Where(n => n != "None").Select(n => n + "Error"))})");
    }
}
