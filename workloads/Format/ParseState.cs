using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Format;

/// <summary>What the parser has read so far; <see cref="Finish"/> checks the whole and resolves labels.</summary>
internal sealed class ParseState(string file)
{
    private readonly List<ExecutorSection> _sections = [];

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

    /// <summary>The running function's version (<c>function_version:</c>), which _CHECK_FUNCTION checks.</summary>
    public Expr? FunctionVersion { get; set; }

    /// <summary>The uops of the section being read.</summary>
    public List<RawUop> Uops => Current.Uops;

    private ExecutorSection Current => _sections.Count > 0 ? _sections[^1] : throw new InvalidOperationException("no trace section yet");

    /// <summary>
    /// Starts a <c>trace:</c> section: the first is the entry; each further one is another executor
    /// of the graph and must give its offset, once.
    /// </summary>
    public void StartSection(long? offset, SourceLocation where)
    {
        if (_sections.Count > 0 && offset is null)
        {
            throw new TraceException(where, "a further executor needs its offset: 'trace @OFFSET:'");
        }
        if (offset is not null && _sections.FirstOrDefault(s => s.Offset == offset) is ExecutorSection twice)
        {
            throw new TraceException(where, $"duplicate executor @{offset} (first at line {twice.Where.Line})");
        }
        if (_sections.Count > 0 && Uops.Count == 0)
        {
            throw new TraceException(where, "the trace section before this one has no uops");
        }
        _sections.Add(new ExecutorSection(offset, where));
    }

    public List<ExpectBlockBuilder> Blocks { get; } = [];

    public void AddLabel(Token name)
    {
        if (name.Text == "expect")
        {
            throw new TraceException(name.Where, "'expect' cannot be a label");
        }
        if (Current.Labels.TryGetValue(name.Text, out var first))
        {
            throw new TraceException(name.Where, $"duplicate label '{name.Text}' (first defined at line {first.Where.Line})");
        }
        Current.Labels[name.Text] = (Uops.Count, name.Where);
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
        foreach (ExecutorSection section in _sections)
        {
            if (section.Uops.Count == 0)
            {
                throw new TraceException(section == _sections[0] ? start : section.Where, "the trace has no uops");
            }
            foreach (var label in section.Labels.Where(l => l.Value.Index >= section.Uops.Count))
            {
                throw new TraceException(label.Value.Where, $"label '{label.Key}' names no uop (it is after the last one)");
            }
        }
        ExpectBlockBuilder main = Blocks.FirstOrDefault(b => b.When.Count == 0)
            ?? throw new TraceException(start, "missing 'expect:' section");
        if (main.Exit is null)
        {
            throw new TraceException(main.Where, "'expect:' must give 'exit:'");
        }
        CheckNames();
        var blocks = Blocks.OrderBy(b => b.When.Count == 0 ? 0 : 1).Select(b => b.Build()).ToList();
        var further = _sections.Skip(1).Select(s => new ExecutorLines(s.Offset!.Value, Lines(s))).ToList();
        return new WorkloadDefinition(Name, File, Params, Locals, Stack, Capacity, Iterations, Lines(_sections[0]), blocks)
        {
            EntryOffset = _sections[0].Offset,
            Executors = further,
            FunctionVersion = FunctionVersion,
        };
    }

    private static List<UopLine> Lines(ExecutorSection s) =>
        s.Uops.Select(u => new UopLine(u.Uop, u.Oparg ?? 0, u.Target, Resolve(s, u.Jump), Resolve(s, u.Error), u.Operand, u.Where)).ToList();

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

    private static int? Resolve(ExecutorSection s, Token? label)
    {
        if (label is null)
        {
            return null;
        }
        if (label.Kind == TokenKind.Int)
        {
            return label.Int < s.Uops.Count ? (int)label.Int
                : throw new TraceException(label.Where, $"uop index {label.Text} is out of range (the trace has {s.Uops.Count} uops)");
        }
        return s.Labels.TryGetValue(label.Text, out var at) ? at.Index
            : throw new TraceException(label.Where, $"unknown label '{label.Text}'");
    }
}
