using System.Collections.Immutable;
using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Syntax;

/// <summary>An expression of the subset, as Python's <c>ast</c> module shapes it.</summary>
public abstract record Expr(SourcePos Pos);

/// <summary>A variable or builtin name.</summary>
public sealed record NameExpr(SourcePos Pos, string Id) : Expr(Pos);

/// <summary>An int, float, bool or None literal.</summary>
public sealed record ConstantExpr(SourcePos Pos, Value Value) : Expr(Pos);

/// <summary><c>left op right</c>; <see cref="Op"/> is the operator's text (<c>+</c>, <c>//</c>, ...).</summary>
public sealed record BinaryExpr(SourcePos Pos, Expr Left, string Op, Expr Right) : Expr(Pos);

/// <summary><c>-operand</c>, <c>+operand</c> or <c>not operand</c>.</summary>
public sealed record UnaryExpr(SourcePos Pos, string Op, Expr Operand) : Expr(Pos);

/// <summary><c>a and b and ...</c> or <c>a or b or ...</c>.</summary>
public sealed record BoolOpExpr(SourcePos Pos, bool IsAnd, ImmutableArray<Expr> Values) : Expr(Pos);

/// <summary>A comparison chain <c>left op0 c0 op1 c1 ...</c>.</summary>
public sealed record CompareExpr(SourcePos Pos, Expr Left, ImmutableArray<string> Ops, ImmutableArray<Expr> Comparators)
    : Expr(Pos);

/// <summary>A call of a builtin by name with positional arguments.</summary>
public sealed record CallExpr(SourcePos Pos, NameExpr Function, ImmutableArray<Expr> Args) : Expr(Pos);

/// <summary><c>value[index]</c>.</summary>
public sealed record SubscriptExpr(SourcePos Pos, Expr Value, Expr Index) : Expr(Pos);

/// <summary>A list display <c>[a, b]</c>.</summary>
public sealed record ListExpr(SourcePos Pos, ImmutableArray<Expr> Items) : Expr(Pos);

/// <summary>A tuple <c>(a, b)</c> or <c>a, b</c>.</summary>
public sealed record TupleExpr(SourcePos Pos, ImmutableArray<Expr> Items) : Expr(Pos);
