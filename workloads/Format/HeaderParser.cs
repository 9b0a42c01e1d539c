using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Format;

/// <summary>The header lines before <c>trace:</c>: <c>key: value</c>.</summary>
internal static class HeaderParser
{
    public static readonly string[] Keys = ["name", "params", "locals", "stack", "capacity", "iterations", "function_version", "trace"];

    public static void ParseLine(TokenCursor c, ParseState state)
    {
        Token key = c.ExpectName("a key (" + string.Join(", ", Keys) + ")");
        if (!Keys.Contains(key.Text))
        {
            throw new TraceException(key.Where, $"unknown key '{key.Text}' (expected one of: {string.Join(", ", Keys)})");
        }
        if (key.Text == "trace")
        {
            state.HeaderKeys.Add(key.Text);
            state.StartSection(ExecutorSection.ParseHeading(c), key.Where);
            state.Section = Section.Trace;
            return;
        }
        c.Expect(":");
        if (key.Text is not ("params" or "locals") && !state.HeaderKeys.Add(key.Text))
        {
            throw new TraceException(key.Where, $"duplicate key '{key.Text}'");
        }
        switch (key.Text)
        {
            case "name":
                state.Name = c.ExpectName("a workload name").Text;
                c.ExpectEnd();
                break;
            case "params":
                foreach ((Token name, Expr? value) in Assignments(c, valueRequired: true))
                {
                    if (!state.ParamNames.Add(name.Text))
                    {
                        throw new TraceException(name.Where, $"duplicate param '{name.Text}'");
                    }
                    state.Params.Add(new ParamDefinition(name.Text, value!, name.Where));
                }
                break;
            case "locals":
                foreach ((Token name, Expr? value) in Assignments(c, valueRequired: false))
                {
                    if (!state.LocalNames.Add(name.Text))
                    {
                        throw new TraceException(name.Where, $"duplicate local '{name.Text}'");
                    }
                    if (state.Locals.Count >= TraceLimits.MaxLocals)
                    {
                        throw new TraceException(name.Where, $"too many locals (at most {TraceLimits.MaxLocals})");
                    }
                    state.Locals.Add(new LocalDefinition(name.Text, value, name.Where));
                }
                break;
            case "stack":
                state.Stack.AddRange(ExpressionList(c));
                break;
            case "capacity":
                state.Capacity = ExprParser.ParseAll(c);
                break;
            case "iterations":
                state.Iterations = ExprParser.ParseAll(c);
                break;
            case "function_version":
                state.FunctionVersion = ExprParser.ParseAll(c);
                break;
            default:
                throw new InvalidOperationException($"no case for key '{key.Text}'");
        }
    }

    /// <summary><c>a = 1, b = [0] * n, c</c>: names with values (a bare name: unbound local).</summary>
    public static List<(Token Name, Expr? Value)> Assignments(TokenCursor c, bool valueRequired)
    {
        var result = new List<(Token, Expr?)>();
        while (!c.AtEnd)
        {
            Token name = c.ExpectName("a name");
            Expr? value = null;
            if (valueRequired || c.Peek.Is("="))
            {
                c.Expect("=");
                value = ExprParser.Parse(c);
            }
            result.Add((name, value));
            if (!c.Accept(","))
            {
                c.ExpectEnd();
            }
        }
        return result;
    }

    /// <summary>Comma-separated expressions up to the end of the line (none at all is allowed).</summary>
    public static List<Expr> ExpressionList(TokenCursor c)
    {
        var items = new List<Expr>();
        while (!c.AtEnd)
        {
            items.Add(ExprParser.Parse(c));
            if (!c.Accept(","))
            {
                c.ExpectEnd();
            }
        }
        return items;
    }
}
