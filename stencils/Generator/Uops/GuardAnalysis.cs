using System.Text.RegularExpressions;

namespace StencilBench.Generator.Uops;

/// <summary>
/// What a uop proves about each fixed input on its fall-through path: a check
/// <c>DEOPT_IF(!Sb_IS_TYPE(x, SbInt_Type))</c> or <c>EXIT_IF(...)</c> proves x is an int. What a body
/// cannot show (the list iterator is not exhausted) <c>proves(x: type)</c> declares; a declaration
/// must name an input of a uop that can deopt or exit.
/// </summary>
public static partial class GuardAnalysis
{
    /// <summary>The runtime's type objects and the <c>InputType</c> names they prove.</summary>
    private static readonly Dictionary<string, string> TypeObjects = new(StringComparer.Ordinal)
    {
        ["SbInt_Type"] = "Int",
        ["SbFloat_Type"] = "Float",
        ["SbBool_Type"] = "Bool",
        ["SbList_Type"] = "List",
        ["SbRangeIter_Type"] = "RangeIterator",
        ["SbListIter_Type"] = "ListIterator",
    };

    [GeneratedRegex(@"\b(?:DEOPT_IF|EXIT_IF)\(\s*!\s*Sb_IS_TYPE\(\s*(?<input>[a-z_][a-z0-9_]*)\s*,\s*(?<type>[A-Za-z_][A-Za-z0-9_]*)\s*\)\s*\)")]
    private static partial Regex TypeCheck();

    /// <summary>The <c>InputType</c> names proven for the fixed inputs, deepest first (Any: nothing proven).</summary>
    public static IReadOnlyList<string> Proves(UopDefinition d)
    {
        var fixedInputs = d.Inputs.Where(i => !i.IsOpargArray).ToList();
        var proven = fixedInputs.Select(_ => "Any").ToList();
        foreach (Match m in TypeCheck().Matches(d.Body))
        {
            int k = fixedInputs.FindIndex(i => i.Name == m.Groups["input"].Value);
            if (k >= 0 && TypeObjects.TryGetValue(m.Groups["type"].Value, out string? type))
            {
                proven[k] = type;
            }
        }
        foreach (TypeDeclaration decl in d.DeclaredProofs)
        {
            int k = fixedInputs.FindIndex(i => i.Name == decl.Input && !i.IsUnused);
            if (k < 0)
            {
                throw Fail(d, $"proves({decl.Input}: ...) names no input");
            }
            if (!d.Body.Contains("DEOPT_IF(", StringComparison.Ordinal) && !d.Body.Contains("EXIT_IF(", StringComparison.Ordinal))
            {
                throw Fail(d, $"proves({decl.Input}: {decl.Type}), but the body checks nothing (no DEOPT_IF or EXIT_IF)");
            }
            if (!InputTypeAnalysis.TryTypeName(decl.Type, out string type))
            {
                throw Fail(d, $"unknown type '{decl.Type}' for '{decl.Input}' (known: {InputTypeAnalysis.KnownTypeNames})");
            }
            proven[k] = type;
        }
        return proven;
    }

    private static FormatException Fail(UopDefinition d, string problem) => new($"{d.Name} (line {d.Line}): {problem}");
}
