using System.Text.RegularExpressions;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// The members of the run-time HoleKind enum, read from its one definition
/// (backends/CopyAndPatch/Stencils/HoleKind.cs), so that a target naming a kind the backend does
/// not have fails here with one line instead of as hundreds of errors in the generated C#.
/// </summary>
public sealed partial class HoleKinds(IReadOnlySet<string> names)
{
    public const string SourcePath = "backends/CopyAndPatch/Stencils/HoleKind.cs";

    public IReadOnlySet<string> Names => names;

    /// <summary>The enum's members, from the repository's HoleKind.cs.</summary>
    public static HoleKinds Read(string root) => Parse(File.ReadAllText(Path.Combine(root, SourcePath)));

    /// <summary>The member names of <c>enum HoleKind { ... }</c> in C# source (comments and attributes skipped).</summary>
    public static HoleKinds Parse(string source)
    {
        var body = EnumBody().Match(source);
        if (!body.Success)
        {
            throw new FormatException($"{SourcePath}: no 'enum HoleKind {{ ... }}' found");
        }
        string members = Attribute().Replace(Comment().Replace(body.Groups[1].Value, ""), "");
        var names = members.Split(',').Select(m => m.Split('=')[0].Trim()).Where(m => m.Length > 0).ToHashSet(StringComparer.Ordinal);
        return new HoleKinds(names);
    }

    /// <summary>
    /// Throws, one line per wrong kind name, when the target maps a relocation (or its GOT slots)
    /// to a kind HoleKind does not define.
    /// </summary>
    public void Validate(Target target)
    {
        var uses = target.Rules.Select(r => (Kind: r.Value.Kind, Use: $"relocation {r.Key}"))
            .Append((Kind: target.GotSlotKind, Use: "its GOT slots")).ToList();
        if (target.CallTrampoline is { } trampoline)
        {
            uses.Add((Kind: trampoline.SlotHoleKind, Use: "its call trampoline"));
        }
        var errors = uses.Where(u => !names.Contains(u.Kind)).GroupBy(u => u.Kind, StringComparer.Ordinal)
            .Select(g => $"{target.Triple}: {string.Join(", ", g.Select(u => u.Use))} -> hole kind '{g.Key}', which {SourcePath} does not define (it has: {string.Join(", ", names.Order(StringComparer.Ordinal))})")
            .ToList();
        if (errors.Count > 0)
        {
            throw new FormatException(string.Join('\n', errors));
        }
    }

    [GeneratedRegex(@"\benum\s+HoleKind\b[^{]*\{([^}]*)\}")]
    private static partial Regex EnumBody();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Attribute();
}
