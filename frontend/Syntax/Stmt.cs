using System.Collections.Immutable;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Syntax;

/// <summary>A statement of the subset, as Python's <c>ast</c> module shapes it.</summary>
public abstract record Stmt(SourcePos Pos);

/// <summary><c>def name(args): body</c> at module level.</summary>
public sealed record FunctionDef(SourcePos Pos, string Name, ImmutableArray<string> Args, ImmutableArray<Stmt> Body)
    : Stmt(Pos);

/// <summary><c>target = value</c>; the target is a name, a subscript, or a tuple or list of those.</summary>
public sealed record AssignStmt(SourcePos Pos, Expr Target, Expr Value) : Stmt(Pos);

/// <summary><c>target op= value</c>; the target is a name or a subscript.</summary>
public sealed record AugAssignStmt(SourcePos Pos, Expr Target, string Op, Expr Value) : Stmt(Pos);

/// <summary><c>for target in iter: body</c>.</summary>
public sealed record ForStmt(SourcePos Pos, Expr Target, Expr Iter, ImmutableArray<Stmt> Body) : Stmt(Pos);

/// <summary><c>while test: body</c>.</summary>
public sealed record WhileStmt(SourcePos Pos, Expr Test, ImmutableArray<Stmt> Body) : Stmt(Pos);

/// <summary><c>if test: body else: orelse</c>; an <c>elif</c> is an <see cref="IfStmt"/> alone in orelse.</summary>
public sealed record IfStmt(SourcePos Pos, Expr Test, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse)
    : Stmt(Pos);

public sealed record BreakStmt(SourcePos Pos) : Stmt(Pos);

public sealed record ContinueStmt(SourcePos Pos) : Stmt(Pos);

public sealed record PassStmt(SourcePos Pos) : Stmt(Pos);

/// <summary><c>return</c> or <c>return value</c>.</summary>
public sealed record ReturnStmt(SourcePos Pos, Expr? Value) : Stmt(Pos);

/// <summary>An expression evaluated for its effect.</summary>
public sealed record ExprStmt(SourcePos Pos, Expr Value) : Stmt(Pos);
