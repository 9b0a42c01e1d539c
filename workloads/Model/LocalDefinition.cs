using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Workloads.Model;

/// <summary>A named local and its value (null: unbound), as a trace file's <c>locals:</c> gives it.</summary>
public sealed record LocalDefinition(string Name, Expr? Value, SourceLocation Where);
