using System.Text.RegularExpressions;

namespace StencilBench.Generator.Uops;

/// <summary>
/// What a uop's operand0 is, from how its body casts it: <c>(SbObject *)</c> is a constant,
/// <c>(const SbBinaryOpDescr *)</c> a descriptor, anything else a raw value. A cast to another
/// pointer type is an error: the trace format would not know what to put there.
/// </summary>
public static partial class OperandAnalysis
{
    [GeneratedRegex(@"\boperand0\b")]
    private static partial Regex OperandWord();

    [GeneratedRegex(@"\(\s*(?:const\s+)?(?<type>[A-Za-z_][A-Za-z0-9_]*)\s*\*\s*\)\s*operand0\b")]
    private static partial Regex PointerCast();

    /// <summary>The <c>OperandKind</c> name.</summary>
    public static string Kind(UopDefinition d)
    {
        int uses = OperandWord().Count(d.Body);
        if (uses == 0)
        {
            return "None";
        }
        var kinds = PointerCast().Matches(d.Body).Select(m => m.Groups["type"].Value switch
        {
            "SbObject" => "Constant",
            "SbBinaryOpDescr" => "Descriptor",
            var other => throw new FormatException($"{d.Name} (line {d.Line}): operand0 is cast to '{other} *', which is neither an object nor a descriptor"),
        }).Distinct().ToList();
        return kinds switch
        {
            [] => "Raw",
            [string k] when PointerCast().Count(d.Body) == uses => k,
            _ => throw new FormatException($"{d.Name} (line {d.Line}): operand0 is used as more than one kind of value"),
        };
    }
}
