using System.Text.RegularExpressions;

namespace StencilBench.Generator.Uops;

/// <summary>
/// Reads uops.def: <c>op(NAME, (in -- out)[, peek=oparg]) [replicate(N)] [consumes(in: type, ...)] [proves(in: type, ...)] { body }</c> and
/// <c>alias(NAME, EXISTING)</c>. Errors name the file and line.
/// </summary>
public static partial class DefinitionParser
{
    [GeneratedRegex(@"\Gop\(\s*(?<name>_[A-Z0-9_]+)\s*,\s*\((?<in>[^)]*?)--(?<out>[^)]*?)\)\s*(?:,\s*peek\s*=\s*(?<peek>oparg)\s*)?\)\s*(?:replicate\((?<rep>\d+)\)\s*)?(?:consumes\((?<consumes>[^)]*)\)\s*)?(?:proves\((?<proves>[^)]*)\)\s*)?\{")]
    private static partial Regex OpHeader();

    [GeneratedRegex(@"\Galias\(\s*(?<name>_[A-Z0-9_]+)\s*,\s*(?<of>_[A-Z0-9_]+)\s*\)")]
    private static partial Regex AliasHeader();

    [GeneratedRegex(@"^(?<input>[a-z_][a-z0-9_]*)\s*:\s*(?<type>[a-z_]+)$")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^(?<name>[a-z_][a-z0-9_]*)(?<array>\[oparg\])?$")]
    private static partial Regex Item();

    public static IReadOnlyList<UopDefinition> Parse(string text, string file)
    {
        var result = new List<UopDefinition>();
        int pos = 0;
        while (true)
        {
            pos = SkipTrivia(text, pos);
            if (pos >= text.Length)
            {
                return result;
            }
            int line = LineOf(text, pos);
            var op = OpHeader().Match(text, pos);
            if (op.Success)
            {
                int bodyStart = op.Index + op.Length;
                int bodyEnd = MatchingBrace(text, bodyStart, file, line);
                result.Add(new UopDefinition(
                    op.Groups["name"].Value,
                    ParseItems(op.Groups["in"].Value, file, line),
                    ParseItems(op.Groups["out"].Value, file, line),
                    op.Groups["peek"].Success,
                    op.Groups["rep"].Success ? int.Parse(op.Groups["rep"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                    text[bodyStart..bodyEnd],
                    line,
                    ParseDeclarations(op.Groups["consumes"].Value, file, line))
                {
                    DeclaredProofs = ParseDeclarations(op.Groups["proves"].Value, file, line),
                });
                pos = bodyEnd + 1;
                continue;
            }
            var alias = AliasHeader().Match(text, pos);
            if (alias.Success)
            {
                string of = alias.Groups["of"].Value;
                var original = result.FirstOrDefault(d => d.Name == of)
                    ?? throw new FormatException($"{file}:{line}: alias of unknown uop '{of}'");
                result.Add(original with { Name = alias.Groups["name"].Value, Replicate = 0, Line = line });
                pos = alias.Index + alias.Length;
                continue;
            }
            string found = text[pos..Math.Min(text.Length, pos + 30)].Split('\n')[0];
            throw new FormatException($"{file}:{line}: expected op(...) or alias(...), found '{found}'");
        }
    }

    private static List<TypeDeclaration> ParseDeclarations(string list, string file, int line)
    {
        var declarations = new List<TypeDeclaration>();
        foreach (string raw in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = Declaration().Match(raw);
            if (!m.Success)
            {
                throw new FormatException($"{file}:{line}: bad type declaration '{raw}' (expected 'input: type')");
            }
            declarations.Add(new TypeDeclaration(m.Groups["input"].Value, m.Groups["type"].Value));
        }
        return declarations;
    }

    private static List<StackItem> ParseItems(string list, string file, int line)
    {
        var items = new List<StackItem>();
        foreach (string raw in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = Item().Match(raw);
            if (!m.Success)
            {
                throw new FormatException($"{file}:{line}: bad stack item '{raw}'");
            }
            items.Add(new StackItem(m.Groups["name"].Value, m.Groups["array"].Success));
        }
        return items;
    }

    private static int SkipTrivia(string text, int pos)
    {
        while (pos < text.Length)
        {
            if (char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }
            else if (text.AsSpan(pos).StartsWith("//"))
            {
                int nl = text.IndexOf('\n', pos);
                pos = nl < 0 ? text.Length : nl + 1;
            }
            else
            {
                break;
            }
        }
        return pos;
    }

    private static int MatchingBrace(string text, int pos, string file, int line)
    {
        int depth = 1;
        for (int i = pos; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return i;
            }
        }
        throw new FormatException($"{file}:{line}: unterminated body");
    }

    private static int LineOf(string text, int pos) => text.AsSpan(0, pos).Count('\n') + 1;
}
