using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Format;

/// <summary>An <c>expect</c> block while its lines are read.</summary>
internal sealed class ExpectBlockBuilder(List<ParamCondition> when, SourceLocation where)
{
    public List<ParamCondition> When { get; } = when;

    public SourceLocation Where { get; } = where;

    public HashSet<string> Keys { get; } = [];

    public ExitKind? Exit { get; set; }

    public Expr? Target { get; set; }

    public ErrorKind? Error { get; set; }

    public List<LocalDefinition> Locals { get; } = [];

    public List<Expr>? Stack { get; set; }

    public ExpectBlock Build() => new(When, Exit, Target, Error, Locals, Stack, Where);
}
