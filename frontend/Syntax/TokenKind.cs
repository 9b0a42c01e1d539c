namespace StencilBench.Frontend.Syntax;

/// <summary>The kinds of token the lexer produces, as Python's <c>tokenize</c> names them.</summary>
public enum TokenKind
{
    Name,
    Number,
    Op,
    Newline,
    Indent,
    Dedent,
    EndOfFile,
}
