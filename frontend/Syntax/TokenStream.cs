using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Syntax;

/// <summary>The parser's cursor over the tokens: look, take, and expect with a one-line error.</summary>
internal sealed class TokenStream(IReadOnlyList<Token> tokens)
{
    private int _at;

    public Token Peek => tokens[_at];

    public Token PeekAt(int ahead) => tokens[Math.Min(_at + ahead, tokens.Count - 1)];

    public Token Take()
    {
        Token token = tokens[_at];
        if (token.Kind != TokenKind.EndOfFile)
        {
            _at++;
        }
        return token;
    }

    public bool TakeOp(string op)
    {
        if (Peek.IsOp(op))
        {
            _at++;
            return true;
        }
        return false;
    }

    public bool TakeKeyword(string keyword)
    {
        if (Peek.IsKeyword(keyword))
        {
            _at++;
            return true;
        }
        return false;
    }

    public Token ExpectOp(string op, string context) =>
        Peek.IsOp(op) ? Take() : throw Expected($"'{op}'", context);

    public Token Expect(TokenKind kind, string what, string context) =>
        Peek.Kind == kind ? Take() : throw Expected(what, context);

    public PythonSyntaxError Expected(string what, string context)
    {
        Token t = Peek;
        return new PythonSyntaxError(t.Pos, $"expected {what} {context}, found {t}");
    }

    public SourcePos Pos => Peek.Pos;
}
