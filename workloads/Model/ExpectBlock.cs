using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Workloads.Model;

/// <summary>
/// An <c>expect:</c> block of a trace file, or an <c>expect when n = 100:</c> block that applies
/// only when the params have those values.
/// </summary>
public sealed record ExpectBlock(
    IReadOnlyList<ParamCondition> When,
    ExitKind? Exit,
    Expr? Target,
    ErrorKind? Error,
    IReadOnlyList<LocalDefinition> Locals,
    IReadOnlyList<Expr>? Stack,
    SourceLocation Where);

/// <summary>One <c>name = value</c> of an <c>expect when</c> header.</summary>
public sealed record ParamCondition(string Name, Expr Value, SourceLocation Where);
