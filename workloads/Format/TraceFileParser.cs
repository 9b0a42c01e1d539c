using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Format;

/// <summary>
/// Reads a <c>.uops</c> trace file (see workloads/FORMAT.md): header keys, then <c>trace:</c> with
/// uops and labels, then <c>expect:</c> blocks. Every error is one line naming file, line and column.
/// </summary>
public static class TraceFileParser
{
    public static WorkloadDefinition ParseFile(string path) =>
        Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <param name="text">The file's contents.</param>
    /// <param name="file">The name errors give for it.</param>
    public static WorkloadDefinition Parse(string text, string file)
    {
        var state = new ParseState(file);
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        int n = 0;
        try
        {
            for (; n < lines.Length; n++)
            {
                ParseLine(lines[n], n + 1, state);
            }
            n = 0;
            return state.Finish();
        }
        catch (TraceException e)
        {
            throw ErrorText.Clean(e, new SourceLocation(file, n + 1, 1));
        }
    }

    private static void ParseLine(string line, int number, ParseState state)
    {
        string file = state.File;
        int hash = line.IndexOf('#');
        if (hash >= 0)
        {
            line = line[..hash];
        }
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }
        var cursor = new TokenCursor(Lexer.Tokenize(line, file, number));
        if (cursor.Peek.IsName("expect") && (cursor.PeekAt(1).Is(":") || cursor.PeekAt(1).IsName("when")))
        {
            ExpectParser.StartBlock(cursor, state);
            return;
        }
        switch (state.Section)
        {
            case Section.Header:
                HeaderParser.ParseLine(cursor, state);
                break;
            case Section.Trace:
                TraceLine(cursor, state);
                break;
            default:
                ExpectParser.ParseLine(cursor, state);
                break;
        }
    }

    private static void TraceLine(TokenCursor c, ParseState state)
    {
        if (c.Peek.IsName("trace") && (c.PeekAt(1).Is("@") || c.PeekAt(1).Is(":")))
        {
            Token key = c.Next();
            state.StartSection(ExecutorSection.ParseHeading(c), key.Where);
            return;
        }
        if (c.Peek.Kind == TokenKind.Name && c.PeekAt(1).Is(":"))
        {
            Token name = c.Next();
            if (HeaderParser.Keys.Contains(name.Text))
            {
                throw new TraceException(name.Where, $"'{name.Text}:' belongs before 'trace:'");
            }
            c.Next();
            c.ExpectEnd();
            state.AddLabel(name);
            return;
        }
        if (state.Uops.Count >= TraceLimits.MaxUops)
        {
            throw new TraceException(c.Peek.Where, $"too many uops (at most {TraceLimits.MaxUops})");
        }
        state.Uops.Add(UopLineParser.Parse(c, state.Uops.Count));
    }
}
