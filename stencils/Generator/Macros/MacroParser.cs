using System.Text.RegularExpressions;

namespace StencilBench.Generator.Macros;

/// <summary>
/// Reads macros.def: <c>macro(INSTRUCTION) = _UOP [+ _UOP]... ;</c>, one per line, <c>//</c> comments.
/// Every uop must be one of <paramref name="knownUops"/>; errors name the file and line.
/// </summary>
public static partial class MacroParser
{
    [GeneratedRegex(@"^macro\(\s*(?<name>[A-Z][A-Z0-9_]*)\s*\)\s*=\s*(?<parts>[^;]*);$")]
    private static partial Regex MacroLine();

    [GeneratedRegex(@"^(?<uop>_[A-Z0-9_]+)(?<const>\(const\))?$")]
    private static partial Regex Part();

    public static IReadOnlyList<MacroDefinition> Parse(string text, string file, IReadOnlySet<string> knownUops)
    {
        var result = new List<MacroDefinition>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            string line = StripComment(lines[i]).Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var match = MacroLine().Match(line);
            if (!match.Success)
            {
                throw new FormatException($"{file}:{lineNumber}: expected 'macro(NAME) = _UOP + ...;'");
            }
            string name = match.Groups["name"].Value;
            if (result.Any(m => m.Instruction == name))
            {
                throw new FormatException($"{file}:{lineNumber}: macro {name} defined twice");
            }
            var parts = match.Groups["parts"].Value.Split('+').Select(p => ParsePart(p.Trim(), file, lineNumber, knownUops)).ToList();
            result.Add(new MacroDefinition(name, parts, lineNumber));
        }
        return result;
    }

    private static MacroPart ParsePart(string text, string file, int line, IReadOnlySet<string> knownUops)
    {
        var match = Part().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"{file}:{line}: expected a uop name, found '{text}'");
        }
        string uop = match.Groups["uop"].Value;
        if (!knownUops.Contains(uop))
        {
            throw new FormatException($"{file}:{line}: unknown uop '{uop}' (not in uops.def)");
        }
        return new MacroPart(uop, match.Groups["const"].Success);
    }

    private static string StripComment(string line)
    {
        int at = line.IndexOf("//", StringComparison.Ordinal);
        return at < 0 ? line : line[..at];
    }
}
