using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Expressions;

/// <summary>Reads a line's tokens front to back.</summary>
public sealed class TokenCursor(IReadOnlyList<Token> tokens)
{
    private int _position;
    private int _depth;

    public Token Peek => tokens[_position];

    public Token PeekAt(int ahead) => tokens[Math.Min(_position + ahead, tokens.Count - 1)];

    public bool AtEnd => Peek.Kind == TokenKind.End;

    public Token Next()
    {
        Token t = tokens[_position];
        if (t.Kind != TokenKind.End)
        {
            _position++;
        }
        return t;
    }

    /// <summary>Consumes the symbol if it is next.</summary>
    public bool Accept(string symbol)
    {
        if (Peek.Is(symbol))
        {
            _position++;
            return true;
        }
        return false;
    }

    public Token Expect(string symbol) =>
        Peek.Is(symbol) ? Next() : throw new TraceException(Peek.Where, $"expected '{symbol}', found {Peek.Describe()}");

    public Token ExpectName(string what) =>
        Peek.Kind == TokenKind.Name ? Next() : throw new TraceException(Peek.Where, $"expected {what}, found {Peek.Describe()}");

    /// <summary>One level deeper into an expression; past <see cref="TraceLimits.MaxNesting"/> it is an error at <paramref name="at"/>.</summary>
    public void Enter(Token at)
    {
        if (++_depth > TraceLimits.MaxNesting)
        {
            throw new TraceException(at.Where, $"expression nested too deeply (at most {TraceLimits.MaxNesting} levels)");
        }
    }

    /// <summary>Back out of <paramref name="levels"/> levels entered with <see cref="Enter"/>.</summary>
    public void Leave(int levels = 1) => _depth -= levels;

    public void ExpectEnd()
    {
        if (!AtEnd)
        {
            throw new TraceException(Peek.Where, $"unexpected {Peek.Describe()}");
        }
    }
}
