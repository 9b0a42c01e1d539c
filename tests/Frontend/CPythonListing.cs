using System.Globalization;
using System.Text.RegularExpressions;

namespace StencilBench.Tests.Frontend;

/// <summary>
/// Reads the text CPython 3.14's <c>dis</c> prints (as tests/golden/python/*.cpython.dis.txt hold it) back
/// into one line per instruction, <c>OPNAME arg @line</c>, in the front end's terms: EXTENDED_ARG prefixes
/// dropped (our args are full width), a jump's arg the index of its target instruction (from its label).
/// </summary>
public static partial class CPythonListing
{
    [GeneratedRegex(@"^\s*(?<line>\d+)?\s+(?:(?<label>L\d+):)?\s*(?<op>[A-Z][A-Z_]+)(?:\s+(?<arg>-?\d+))?(?:\s+\((?<meaning>.*)\))?\s*$")]
    private static partial Regex Row();

    /// <summary>Per function name, its instructions as <c>OPNAME arg @line</c>.</summary>
    public static Dictionary<string, List<string>> Parse(string text)
    {
        var functions = new Dictionary<string, List<string>>();
        List<(string Op, int Arg, string? Target, int Line)>? rows = null;
        int currentLine = 0;
        Dictionary<string, int>? labels = null;
        string? name = null;
        void Finish()
        {
            if (name is not null)
            {
                functions[name] = [.. rows!.Select(r => $"{r.Op} {(r.Target is null ? r.Arg : labels![r.Target])} @{r.Line}")];
            }
        }
        foreach (string line in text.Split('\n'))
        {
            if (line.StartsWith("Disassembly of ", StringComparison.Ordinal))
            {
                Finish();
                name = line["Disassembly of ".Length..].TrimEnd(':');
                rows = [];
                labels = [];
                continue;
            }
            Match m = Row().Match(line);
            if (name is null || line.StartsWith('#') || !m.Success)
            {
                continue;
            }
            if (m.Groups["line"].Success)
            {
                currentLine = int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture);
            }
            if (m.Groups["label"].Success)
            {
                labels![m.Groups["label"].Value] = rows!.Count;
            }
            string op = m.Groups["op"].Value;
            if (op == "EXTENDED_ARG")
            {
                continue;
            }
            int arg = m.Groups["arg"].Success ? int.Parse(m.Groups["arg"].Value, CultureInfo.InvariantCulture) : 0;
            string meaning = m.Groups["meaning"].Value;
            string? target = meaning.StartsWith("to L", StringComparison.Ordinal) ? meaning[3..] : null;
            rows!.Add((op, arg, target, currentLine));
        }
        Finish();
        return functions;
    }
}
