using StencilBench.Core.Traces;
using StencilBench.Core.Values;

namespace StencilBench.Workloads.Expressions;

/// <summary>An expression of the trace format's value syntax (a small subset of Python's).</summary>
public abstract record Expr(SourceLocation Where);

public sealed record LiteralExpr(SourceLocation Where, Value Value) : Expr(Where);

public sealed record NameExpr(SourceLocation Where, string Name) : Expr(Where);

/// <summary><c>-x</c>, <c>+x</c>, <c>not x</c>.</summary>
public sealed record UnaryExpr(SourceLocation Where, string Op, Expr Operand) : Expr(Where);

/// <summary>Arithmetic, and <c>and</c> / <c>or</c> (which short-circuit).</summary>
public sealed record BinaryExpr(SourceLocation Where, string Op, Expr Left, Expr Right) : Expr(Where);

/// <summary>A comparison chain: <c>a &lt; b &lt;= c</c>.</summary>
public sealed record CompareExpr(SourceLocation Where, Expr First, IReadOnlyList<(string Op, Expr Right)> Rest) : Expr(Where);

public sealed record CallExpr(SourceLocation Where, string Function, IReadOnlyList<Expr> Args) : Expr(Where);

public sealed record ListExpr(SourceLocation Where, IReadOnlyList<Expr> Items) : Expr(Where);

public sealed record TupleExpr(SourceLocation Where, IReadOnlyList<Expr> Items) : Expr(Where);

/// <summary><c>[element for variable in iterable if condition]</c>.</summary>
public sealed record ListCompExpr(SourceLocation Where, Expr Element, string Variable, Expr Iterable, Expr? Condition) : Expr(Where);

public sealed record SubscriptExpr(SourceLocation Where, Expr Target, Expr Index) : Expr(Where);
