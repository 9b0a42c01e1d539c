using System.Text.RegularExpressions;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// One basic block of a function in clang's x86-64 AT&amp;T assembly: a label (clang's, or one made
/// up for a block clang marks only with a <c># %bb.N:</c> comment), its lines, where its branches go
/// and whether it falls through into the block after it. What <see cref="HotColdSplitter"/> moves.
/// </summary>
public sealed partial class AsmBlock
{
    private static readonly HashSet<string> Terminators = ["jmp", "jmpq", "ret", "retq", "ud2", "int3"];

    private readonly List<string> _prefix = [];
    private readonly List<string> _body = [];
    private readonly string? _labelLine;

    private AsmBlock(string label, string? labelLine)
    {
        Label = label;
        _labelLine = labelLine;
    }

    public string Label { get; }

    /// <summary>The label of the block it falls into when it does not end in a jump or return.</summary>
    public string? FallthroughLabel { get; private set; }

    public bool FallsThrough => Last is not { } last || !Terminators.Contains(Mnemonic(last));

    /// <summary>Where every direct branch in it goes: local labels and external symbols.</summary>
    public IEnumerable<string> Targets => _body.Select(BranchTarget).OfType<string>();

    /// <summary>The target of the direct unconditional jump that ends it, else null.</summary>
    public string? JumpsTo => Last is { } last && Mnemonic(last) is "jmp" or "jmpq" ? BranchTarget(last) : null;

    /// <summary>Its only instruction is a direct jump out of the function.</summary>
    public bool IsOnlyAJump => Instructions.Count() == 1 && JumpsTo is { } to && !to.StartsWith(".L", StringComparison.Ordinal);

    private IEnumerable<string> Instructions => _body.Where(IsInstruction);

    private string? Last => Instructions.LastOrDefault();

    /// <summary>The blocks of a function's lines (those between its label and its end label).</summary>
    public static List<AsmBlock> Parse(IEnumerable<string> lines)
    {
        var blocks = new List<AsmBlock> { new(".Lsb_entry", null) };
        foreach (string line in lines)
        {
            string t = line.Trim();
            var current = blocks[^1];
            AsmBlock? next = LabelPattern().Match(t) is { Success: true } m ? new(m.Groups[1].Value, line)
                : t.StartsWith("# %bb.", StringComparison.Ordinal) || (IsInstruction(t) && !current.FallsThrough) ? new($".Lsb_block{blocks.Count}", null)
                : null;
            if (next is null)
            {
                current._body.Add(line);
                continue;
            }
            // Alignment and other directives just before a label belong to the block they align.
            while (current._body.Count > 0 && current._body[^1].Trim().StartsWith('.'))
            {
                next._prefix.Insert(0, current._body[^1]);
                current._body.RemoveAt(current._body.Count - 1);
            }
            current.FallthroughLabel = next.Label;
            if (next._labelLine is null)
            {
                next._body.Add(line); // the # %bb.N: comment, or the instruction that starts it
            }
            blocks.Add(next);
        }
        return blocks;
    }

    /// <summary>Points every branch to a label in <paramref name="forwards"/> at where that label's block jumps.</summary>
    public void Retarget(IReadOnlyDictionary<string, string> forwards)
    {
        for (int i = 0; i < _body.Count; i++)
        {
            if (BranchTarget(_body[i]) is { } to && forwards.TryGetValue(to, out string? there))
            {
                _body[i] = $"\t{Mnemonic(_body[i])}\t{there}";
            }
        }
    }

    /// <summary>Its lines when <paramref name="next"/> follows it: a jump added where it no longer falls into its successor, one dropped where it jumps to the next.</summary>
    public IEnumerable<string> Lines(AsmBlock? next)
    {
        var lines = new List<string>(_prefix) { _labelLine ?? $"{Label}:" };
        lines.AddRange(_body);
        if (!FallsThrough && JumpsTo is { } to && to == next?.Label)
        {
            lines.RemoveAt(lines.FindLastIndex(IsInstruction));
        }
        else if (FallsThrough && FallthroughLabel != next?.Label)
        {
            lines.Add($"\tjmp\t{FallthroughLabel ?? throw new FormatException($"hot/cold split: block {Label} falls off the end of the function")}");
        }
        return lines;
    }

    private static bool IsInstruction(string line)
    {
        string t = line.Trim();
        return t.Length > 0 && t[0] != '.' && t[0] != '#' && !LabelPattern().IsMatch(t);
    }

    private static string Mnemonic(string line) => line.Trim().Split((char[])['\t', ' '], 2)[0];

    private static string? BranchTarget(string line)
    {
        if (!IsInstruction(line) || !Mnemonic(line).StartsWith('j'))
        {
            return null;
        }
        string[] parts = line.Split('#', 2)[0].Trim().Split((char[])['\t', ' '], 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 || parts[1].Trim().StartsWith('*') ? null : parts[1].Trim().Replace("@PLT", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^([.\w$]+):")]
    private static partial Regex LabelPattern();
}
