using System.Text.RegularExpressions;

namespace StencilBench.Generator.Uops;

/// <summary>
/// Where each output of a uop comes from, so the verifier can follow types: an output named like an
/// input (or <c>unused</c> at the same place) is that input; one assigned once from
/// <c>frame->localsplus[...]</c> is that local; one assigned once from <c>stack_pointer[-(int)oparg]</c>
/// is the value oparg deep; any other is a fresh value whose type is what every assignment makes
/// (<c>sb_int_from_i64</c> an int, <c>sb_float_from_double</c> a float, <c>SB_BOOL</c> a bool; a
/// call of unknown result, or assignments that disagree: any type).
/// </summary>
public static partial class OutputAnalysis
{
    /// <summary>One output as the C# table writes it (<c>OutputSource</c>, <c>InputType</c>, input, <c>OpargPart</c>).</summary>
    public sealed record Output(string Source, string Type, int Input, string Local);

    /// <summary>A store of an input into a local: the <c>OpargPart</c> name and the input's index.</summary>
    public sealed record Store(string Local, int Input);

    /// <summary>What each right-hand side makes.</summary>
    private static readonly (string Pattern, string Type)[] Makers =
    [
        (@"^sb_int_(?:from_i64|add|sub|mul)\(", "Int"),
        (@"^\(SbObject \*\)&_SbSmallInts\[", "Int"),
        (@"^sb_float_from_double\(", "Float"),
        (@"^SB_BOOL\(", "Bool"),
    ];

    [GeneratedRegex(@"^frame->localsplus\[(?<index>[^\]]*)\]$")]
    private static partial Regex LocalLoad();

    [GeneratedRegex(@"^stack_pointer\[-\(int\)oparg\]$")]
    private static partial Regex PeekLoad();

    [GeneratedRegex(@"frame->localsplus\[(?<index>[^\]]*)\]\s*=(?!=)\s*(?<name>[a-z_][a-z0-9_]*)\s*;")]
    private static partial Regex LocalStore();

    [GeneratedRegex(@"stack_pointer\[[^\]]*\]\s*=(?!=)")]
    private static partial Regex StackWrite();

    [GeneratedRegex(@"^\s*SbObject \*tmp = stack_pointer\[-1\];\s*stack_pointer\[-1\] = stack_pointer\[-\(int\)oparg\];\s*stack_pointer\[-\(int\)oparg\] = tmp;\s*$")]
    private static partial Regex SwapBody();

    public static IReadOnlyList<Output> Outputs(UopDefinition d)
    {
        var inputs = d.Inputs.Where(i => !i.IsOpargArray).ToList();
        var outputs = new List<Output>();
        for (int k = 0; k < d.Outputs.Count; k++)
        {
            string name = d.Outputs[k].Name;
            int same = d.Outputs[k].IsUnused ? (k < inputs.Count && inputs[k].IsUnused ? k : -1) : inputs.FindIndex(i => i.Name == name);
            outputs.Add(same >= 0 ? new Output("Input", "Any", same, "Whole") : Fresh(d, name));
        }
        return outputs;
    }

    /// <summary>The stores of an input into a local (a store of anything else leaves the local's type unknown).</summary>
    public static IReadOnlyList<Store> Stores(UopDefinition d)
    {
        var inputs = d.Inputs.Where(i => !i.IsOpargArray).ToList();
        return LocalStore().Matches(d.Body)
            .Select(m => (m, k: inputs.FindIndex(i => i.Name == m.Groups["name"].Value)))
            .Where(s => s.k >= 0)
            .Select(s => new Store(LocalPart(d, s.m.Groups["index"].Value), s.k))
            .ToList();
    }

    /// <summary>Whether the body swaps the top with the value oparg deep (<c>_SWAP</c>); a body that writes the stack any other way is an error.</summary>
    public static bool Swaps(UopDefinition d)
    {
        if (!StackWrite().IsMatch(d.Body))
        {
            return false;
        }
        return SwapBody().IsMatch(d.Body)
            ? true
            : throw new FormatException($"{d.Name} (line {d.Line}): the body writes stack_pointer[...] in a way the verifier cannot follow");
    }

    private static Output Fresh(UopDefinition d, string name)
    {
        var rhs = Regex.Matches(d.Body, $@"(?<![\w>.\]])\b{Regex.Escape(name)}\s*=(?!=)\s*(?<rhs>[^;]*);")
            .Select(m => Regex.Replace(m.Groups["rhs"].Value, @"\s+", " ").Trim()).ToList();
        if (rhs is [string load, "SB_NONE"] && LocalLoad().Match(load) is { Success: true } unbound
            && Regex.IsMatch(d.Body, $@"if \(\s*{Regex.Escape(name)} == NULL\s*\)\s*\{{\s*{Regex.Escape(name)} = SB_NONE;"))
        {
            // None only stands in for an unbound local, and a local the verifier knows the type of is bound.
            return new Output("Local", "Any", -1, LocalPart(d, unbound.Groups["index"].Value));
        }
        if (rhs is [string only])
        {
            if (only == "(SbObject *)operand0")
            {
                return new Output("Constant", "Any", -1, "Whole");
            }
            var local = LocalLoad().Match(only);
            if (local.Success)
            {
                return new Output("Local", "Any", -1, LocalPart(d, local.Groups["index"].Value));
            }
            if (PeekLoad().IsMatch(only))
            {
                return new Output("Peek", "Any", -1, "Whole");
            }
        }
        var types = rhs.Select(r => Makers.FirstOrDefault(m => Regex.IsMatch(r, m.Pattern)).Type ?? "Any").Distinct().ToList();
        return new Output("Fresh", types is [string t] ? t : "Any", -1, "Whole");
    }

    private static string LocalPart(UopDefinition d, string index) => Regex.Replace(index, @"\s+", " ").Trim() switch
    {
        "oparg" => "Whole",
        "oparg >> 4" => "High",
        "oparg & 15" => "Low",
        var other => throw new FormatException($"{d.Name} (line {d.Line}): local index '{other}' is not oparg, oparg >> 4 or oparg & 15"),
    };
}
