using System.Text.RegularExpressions;

namespace StencilBench.Generator.Uops;

/// <summary>
/// The type a uop assumes for each stack input, from what its body does with the value:
/// <c>SbInt_IS_COMPACT(x)</c> / <c>SbInt_COMPACT_VALUE(x)</c> assume an int, <c>SbFloat_AS_DOUBLE(x)</c>
/// a float, a cast <c>(SbListObject *)x</c> a list (likewise the two iterators). An input the body
/// checks with <c>Sb_IS_TYPE(x, ...)</c> takes any type. Where the body cannot show it (a bool
/// compared with SB_TRUE and never decref'd), <c>consumes(x: bool)</c> declares it; a declaration
/// must name an input, a known type, and say what inference cannot see (not a checked input,
/// not one whose type is already inferred).
/// </summary>
public static partial class InputTypeAnalysis
{
    /// <summary>The DSL's type names and their <c>InputType</c> names.</summary>
    private static readonly Dictionary<string, string> DeclarableTypes = new(StringComparer.Ordinal)
    {
        ["int"] = "Int",
        ["float"] = "Float",
        ["bool"] = "Bool",
        ["list"] = "List",
        ["range_iterator"] = "RangeIterator",
        ["list_iterator"] = "ListIterator",
        ["list_iterator_not_exhausted"] = "ListIteratorNotExhausted",
    };

    /// <summary>Declared types that refine an inferred one: a body cannot show that a guard ran before it.</summary>
    private static readonly Dictionary<string, string> Refinements = new(StringComparer.Ordinal)
    {
        ["ListIteratorNotExhausted"] = "ListIterator",
    };

    /// <summary>The <c>InputType</c> name of a DSL type name.</summary>
    public static bool TryTypeName(string declared, out string type) => DeclarableTypes.TryGetValue(declared, out type!);

    /// <summary>The DSL's type names, for a message.</summary>
    public static string KnownTypeNames => string.Join(", ", DeclarableTypes.Keys);

    /// <summary>What each use assumes: a macro applied to the input, or a cast of it.</summary>
    private static readonly (string Pattern, string Type)[] Assumptions =
    [
        (@"\bSbInt_IS_COMPACT\(\s*{0}\s*\)", "Int"),
        (@"\bSbInt_COMPACT_VALUE\(\s*{0}\s*\)", "Int"),
        (@"\bSbFloat_AS_DOUBLE\(\s*{0}\s*\)", "Float"),
        (@"\(\s*SbListObject\s*\*\s*\)\s*{0}\b", "List"),
        (@"\(\s*SbRangeIterObject\s*\*\s*\)\s*{0}\b", "RangeIterator"),
        (@"\(\s*SbListIterObject\s*\*\s*\)\s*{0}\b", "ListIterator"),
    ];

    /// <summary>The <c>InputType</c> names of the fixed inputs, deepest first.</summary>
    public static IReadOnlyList<string> Consumes(UopDefinition d)
    {
        var fixedInputs = d.Inputs.Where(i => !i.IsOpargArray).ToList();
        foreach (TypeDeclaration decl in d.DeclaredTypes.Where(t => fixedInputs.All(i => i.Name != t.Input || i.IsUnused)))
        {
            throw Fail(d, $"consumes({decl.Input}: ...) names no input");
        }
        return fixedInputs.Select(i => i.IsUnused ? "Any" : TypeOf(d, i.Name)).ToList();
    }

    private static string TypeOf(UopDefinition d, string input)
    {
        string name = Regex.Escape(input);
        bool checks = Regex.IsMatch(d.Body, $@"\bSb_IS_TYPE\(\s*{name}\s*,");
        var inferred = Assumptions.Where(a => Regex.IsMatch(d.Body, string.Format(System.Globalization.CultureInfo.InvariantCulture, a.Pattern, name)))
            .Select(a => a.Type).Distinct().ToList();
        if (inferred.Count > 1)
        {
            throw Fail(d, $"the body uses '{input}' as {string.Join(" and as ", inferred)}");
        }
        var declared = d.DeclaredTypes.Where(t => t.Input == input).ToList();
        if (declared.Count > 1)
        {
            throw Fail(d, $"consumes declares '{input}' twice");
        }
        if (declared is [var decl])
        {
            if (!DeclarableTypes.TryGetValue(decl.Type, out string? type))
            {
                throw Fail(d, $"unknown type '{decl.Type}' for '{input}' (known: {string.Join(", ", DeclarableTypes.Keys)})");
            }
            if (checks)
            {
                throw Fail(d, $"consumes({input}: {decl.Type}), but the body checks its type with Sb_IS_TYPE");
            }
            if (inferred.Count == 1 && !(Refinements.TryGetValue(type, out string? refined) && refined == inferred[0]))
            {
                throw Fail(d, $"consumes({input}: {decl.Type}) is not needed: the body shows it is {inferred[0]}");
            }
            return type;
        }
        return checks || inferred.Count == 0 ? "Any" : inferred[0];
    }

    private static FormatException Fail(UopDefinition d, string problem) => new($"{d.Name} (line {d.Line}): {problem}");
}
