using System.Text;

namespace StencilBench.Harness.Reporting;

/// <summary>A GitHub-flavoured Markdown table, pipes in cells escaped.</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    public MarkdownTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine(Line(headers));
        sb.AppendLine(Line([.. headers.Select(_ => "---")]));
        foreach (var r in _rows)
        {
            sb.AppendLine(Line(r));
        }
        return sb.ToString();
    }

    private static string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |";
}
