using System.Numerics;
using StencilBench.Core.Traces;

namespace StencilBench.Workloads.Expressions;

public enum TokenKind
{
    Name,
    Int,
    Float,
    Symbol,
    End,
}

/// <summary>One token of a trace file line; <see cref="Text"/> is the symbol or name as written.</summary>
public sealed record Token(TokenKind Kind, string Text, SourceLocation Where, BigInteger Int = default, double Float = 0)
{
    public bool Is(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    public bool IsName(string name) => Kind == TokenKind.Name && Text == name;

    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind == TokenKind.End ? "end of line" : $"'{Text}'";
}
