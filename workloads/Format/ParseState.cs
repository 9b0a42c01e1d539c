using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Format;

/// <summary>What the parser has read so far; <see cref="Finish"/> checks the whole and resolves labels.</summary>
internal sealed class ParseState(string file)
{
    private readonly Dictionary<string, (int Index, SourceLocation Where)> _labels = [];

    public string File { get; } = file;

    public Section Section { get; set; } = Section.Header;

    public HashSet<string> HeaderKeys { get; } = [];

    public string? Name { get; set; }

    public List<ParamDefinition> Params { get; } = [];

    public List<LocalDefinition> Locals { get; } = [];

    /// <summary>The names of <see cref="Params"/> and <see cref="Locals"/>, for linear-time duplicate checks.</summary>
    public HashSet<string> ParamNames { get; } = [];

    public HashSet<string> LocalNames { get; } = [];

    public List<Expr> Stack { get; } = [];

    public Expr? Capacity { get; set; }

    public Expr? Iterations { get; set; }

    public List<RawUop> Uops { get; } = [];

    public List<ExpectBlockBuilder> Blocks { get; } = [];

    public void AddLabel(Token name)
    {
        if (name.Text == "expect")
        {
            throw new TraceException(name.Where, "'expect' cannot be a label");
        }
        if (_labels.TryGetValue(name.Text, out var first))
        {
            throw new TraceException(name.Where, $"duplicate label '{name.Text}' (first defined at line {first.Where.Line})");
        }
        _labels[name.Text] = (Uops.Count, name.Where);
    }

    public WorkloadDefinition Finish()
    {
        var start = new SourceLocation(File, 1, 1);
        if (Name is null)
        {
            throw new TraceException(start, "missing 'name:'");
        }
        if (!HeaderKeys.Contains("trace"))
        {
            throw new TraceException(start, "missing 'trace:' section");
        }
        if (Uops.Count == 0)
        {
            throw new TraceException(start, "the trace has no uops");
        }
        foreach (var label in _labels.Where(l => l.Value.Index >= Uops.Count))
        {
            throw new TraceException(label.Value.Where, $"label '{label.Key}' names no uop (it is after the last one)");
        }
        ExpectBlockBuilder main = Blocks.FirstOrDefault(b => b.When.Count == 0)
            ?? throw new TraceException(start, "missing 'expect:' section");
        if (main.Exit is null)
        {
            throw new TraceException(main.Where, "'expect:' must give 'exit:'");
        }
        CheckNames();
        var uops = Uops.Select(u => new UopLine(u.Uop, u.Oparg ?? 0, u.Target, Resolve(u.Jump), Resolve(u.Error), u.Operand, u.Where)).ToList();
        var blocks = Blocks.OrderBy(b => b.When.Count == 0 ? 0 : 1).Select(b => b.Build()).ToList();
        return new WorkloadDefinition(Name, File, Params, Locals, Stack, Capacity, Iterations, uops, blocks);
    }

    private void CheckNames()
    {
        foreach (ExpectBlockBuilder block in Blocks)
        {
            foreach (ParamCondition c in block.When.Where(c => !ParamNames.Contains(c.Name)))
            {
                throw new TraceException(c.Where, $"unknown param '{c.Name}'");
            }
            foreach (LocalDefinition l in block.Locals.Where(l => !LocalNames.Contains(l.Name)))
            {
                throw new TraceException(l.Where, $"unknown local '{l.Name}'");
            }
        }
    }

    private int? Resolve(Token? label)
    {
        if (label is null)
        {
            return null;
        }
        if (label.Kind == TokenKind.Int)
        {
            return label.Int < Uops.Count ? (int)label.Int
                : throw new TraceException(label.Where, $"uop index {label.Text} is out of range (the trace has {Uops.Count} uops)");
        }
        return _labels.TryGetValue(label.Text, out var at) ? at.Index
            : throw new TraceException(label.Where, $"unknown label '{label.Text}'");
    }
}
