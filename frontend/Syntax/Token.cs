using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Syntax;

/// <summary>One token: its kind, its text, where it starts, and for a number its value.</summary>
public readonly record struct Token(TokenKind Kind, string Text, SourcePos Pos, Value? Number = null)
{
    public bool Is(TokenKind kind, string text) => Kind == kind && Text == text;

    public bool IsOp(string text) => Is(TokenKind.Op, text);

    public bool IsKeyword(string text) => Is(TokenKind.Name, text);

    public override string ToString() => Kind switch
    {
        TokenKind.Newline => "end of line",
        TokenKind.Indent => "indent",
        TokenKind.Dedent => "dedent",
        TokenKind.EndOfFile => "end of file",
        _ => $"'{Text}'",
    };
}
