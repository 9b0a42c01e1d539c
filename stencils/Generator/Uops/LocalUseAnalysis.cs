using System.Text.RegularExpressions;

namespace StencilBench.Generator.Uops;

/// <summary>
/// Which frame locals a uop touches, from the <c>frame->localsplus[INDEX]</c> in its body: a store
/// of NULL clears, any other store writes, a load into a variable that the body then tests for
/// NULL or Sb_XDECREFs may see an unbound local, any other load reads. INDEX must be
/// <c>oparg</c>, <c>oparg &gt;&gt; 4</c> or <c>oparg &amp; 15</c>; anything else is an error, so that no
/// uop touches locals the verifier cannot see.
/// </summary>
public static partial class LocalUseAnalysis
{
    /// <summary>The names the C# table uses (<c>LocalAccessKind</c>, <c>OpargPart</c>).</summary>
    public sealed record Use(string Kind, string Index);

    [GeneratedRegex(@"\blocalsplus\b")]
    private static partial Regex LocalsWord();

    [GeneratedRegex(@"frame->localsplus\[(?<index>[^\]]*)\]")]
    private static partial Regex LocalAccess();

    [GeneratedRegex(@"\G\s*=\s*NULL\s*;")]
    private static partial Regex StoreOfNull();

    [GeneratedRegex(@"\G\s*=(?!=)")]
    private static partial Regex Store();

    [GeneratedRegex(@"(?<var>\b[a-z_][a-z0-9_]*)\s*=\s*$")]
    private static partial Regex LoadInto();

    public static IReadOnlyList<Use> Uses(UopDefinition d)
    {
        var uses = new List<Use>();
        var accesses = LocalAccess().Matches(d.Body);
        if (accesses.Count != LocalsWord().Count(d.Body))
        {
            throw new FormatException($"{d.Name} (line {d.Line}): localsplus is used other than as frame->localsplus[INDEX]");
        }
        foreach (Match m in accesses)
        {
            var use = new Use(Kind(d, m), Index(d, m.Groups["index"].Value));
            if (!uses.Contains(use))
            {
                uses.Add(use);
            }
        }
        return uses;
    }

    private static string Index(UopDefinition d, string index) => Regex.Replace(index, @"\s+", " ").Trim() switch
    {
        "oparg" => "Whole",
        "oparg >> 4" => "High",
        "oparg & 15" => "Low",
        var other => throw new FormatException(
            $"{d.Name} (line {d.Line}): local index '{other}' is not oparg, oparg >> 4 or oparg & 15"),
    };

    private static string Kind(UopDefinition d, Match access)
    {
        int after = access.Index + access.Length;
        if (StoreOfNull().IsMatch(d.Body, after))
        {
            return "Clear";
        }
        if (Store().IsMatch(d.Body, after))
        {
            return "Write";
        }
        int lineStart = d.Body.LastIndexOf('\n', access.Index) + 1;
        var into = LoadInto().Match(d.Body[lineStart..access.Index]);
        if (into.Success)
        {
            string v = Regex.Escape(into.Groups["var"].Value);
            if (Regex.IsMatch(d.Body, $@"\b{v}\s*==\s*NULL\b|\bSb_XDECREF\(\s*{v}\s*\)"))
            {
                return "ReadMaybeUnbound";
            }
        }
        return "Read";
    }
}
