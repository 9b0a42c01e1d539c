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
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n];
            int hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var cursor = new TokenCursor(Lexer.Tokenize(line, file, n + 1));
            if (cursor.Peek.IsName("expect") && (cursor.PeekAt(1).Is(":") || cursor.PeekAt(1).IsName("when")))
            {
                ExpectParser.StartBlock(cursor, state);
                continue;
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
        return state.Finish();
    }

    private static void TraceLine(TokenCursor c, ParseState state)
    {
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
        state.Uops.Add(UopLineParser.Parse(c, state.Uops.Count));
    }
}
