using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Workloads.Model;

/// <summary>A size parameter and its default (<c>params: n = 100</c>).</summary>
public sealed record ParamDefinition(string Name, Expr Default, SourceLocation Where);
