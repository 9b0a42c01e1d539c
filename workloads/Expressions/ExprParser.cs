using StencilBench.Core.Traces;
using StencilBench.Core.Values;

namespace StencilBench.Workloads.Expressions;

/// <summary>
/// Parses the value syntax with Python's precedence: <c>or</c> &lt; <c>and</c> &lt; <c>not</c> &lt;
/// comparisons &lt; <c>+ -</c> &lt; <c>* / // %</c> &lt; unary <c>- +</c> &lt; <c>**</c> &lt; calls, subscripts.
/// </summary>
public static class ExprParser
{
    private static readonly string[] CompareOps = ["<", "<=", "==", "!=", ">", ">="];

    /// <summary>Parses one expression starting at the cursor; stops at the first token that cannot continue it.</summary>
    public static Expr Parse(TokenCursor c)
    {
        c.Enter(c.Peek);
        try
        {
            return Or(c);
        }
        finally
        {
            c.Leave();
        }
    }

    /// <summary>Parses a whole line's worth of tokens as one expression.</summary>
    public static Expr ParseAll(TokenCursor c)
    {
        Expr e = Parse(c);
        c.ExpectEnd();
        return e;
    }

    private static Expr Or(TokenCursor c)
    {
        Expr left = And(c);
        int links = 0;
        while (c.Peek.IsName("or"))
        {
            Token op = c.Next();
            c.Enter(op);
            links++;
            left = new BinaryExpr(op.Where, "or", left, And(c));
        }
        c.Leave(links);
        return left;
    }

    private static Expr And(TokenCursor c)
    {
        Expr left = Not(c);
        int links = 0;
        while (c.Peek.IsName("and"))
        {
            Token op = c.Next();
            c.Enter(op);
            links++;
            left = new BinaryExpr(op.Where, "and", left, Not(c));
        }
        c.Leave(links);
        return left;
    }

    private static Expr Not(TokenCursor c)
    {
        if (c.Peek.IsName("not"))
        {
            Token op = c.Next();
            c.Enter(op);
            try
            {
                return new UnaryExpr(op.Where, "not", Not(c));
            }
            finally
            {
                c.Leave();
            }
        }
        return Comparison(c);
    }

    private static Expr Comparison(TokenCursor c)
    {
        Expr first = Sum(c);
        var rest = new List<(string, Expr)>();
        while (c.Peek.Kind == TokenKind.Symbol && CompareOps.Contains(c.Peek.Text))
        {
            string op = c.Next().Text;
            rest.Add((op, Sum(c)));
        }
        return rest.Count == 0 ? first : new CompareExpr(first.Where, first, rest);
    }

    private static Expr Sum(TokenCursor c)
    {
        Expr left = Term(c);
        int links = 0;
        while (c.Peek.Is("+") || c.Peek.Is("-"))
        {
            Token op = c.Next();
            c.Enter(op);
            links++;
            left = new BinaryExpr(op.Where, op.Text, left, Term(c));
        }
        c.Leave(links);
        return left;
    }

    private static Expr Term(TokenCursor c)
    {
        Expr left = Unary(c);
        int links = 0;
        while (c.Peek.Is("*") || c.Peek.Is("/") || c.Peek.Is("//") || c.Peek.Is("%"))
        {
            Token op = c.Next();
            c.Enter(op);
            links++;
            left = new BinaryExpr(op.Where, op.Text, left, Unary(c));
        }
        c.Leave(links);
        return left;
    }

    private static Expr Unary(TokenCursor c)
    {
        if (c.Peek.Is("-") || c.Peek.Is("+"))
        {
            Token op = c.Next();
            c.Enter(op);
            try
            {
                return new UnaryExpr(op.Where, op.Text, Unary(c));
            }
            finally
            {
                c.Leave();
            }
        }
        return Power(c);
    }

    private static Expr Power(TokenCursor c)
    {
        Expr left = Postfix(c);
        if (c.Peek.Is("**"))
        {
            Token op = c.Next();
            c.Enter(op);
            try
            {
                return new BinaryExpr(op.Where, "**", left, Unary(c));
            }
            finally
            {
                c.Leave();
            }
        }
        return left;
    }

    private static Expr Postfix(TokenCursor c)
    {
        Expr e = Atom(c);
        int links = 0;
        while (true)
        {
            if (c.Peek.Is("(") || c.Peek.Is("["))
            {
                c.Enter(c.Peek);
                links++;
            }
            if (c.Peek.Is("(") && e is NameExpr callee)
            {
                c.Next();
                e = new CallExpr(callee.Where, callee.Name, Items(c, ")"));
            }
            else if (c.Peek.Is("["))
            {
                Token open = c.Next();
                Expr index = Parse(c);
                c.Expect("]");
                e = new SubscriptExpr(open.Where, e, index);
            }
            else
            {
                c.Leave(links);
                return e;
            }
        }
    }

    private static Expr Atom(TokenCursor c)
    {
        Token t = c.Next();
        switch (t.Kind)
        {
            case TokenKind.Int:
                return new LiteralExpr(t.Where, new IntValue(t.Int));
            case TokenKind.Float:
                return new LiteralExpr(t.Where, new FloatValue(t.Float));
            case TokenKind.Name:
                return (Expr?)NamedLiteral(t) ?? new NameExpr(t.Where, t.Text);
            case TokenKind.Symbol when t.Text == "(":
                return Parenthesized(c, t);
            case TokenKind.Symbol when t.Text == "[":
                return Bracketed(c, t);
            default:
                throw new TraceException(t.Where, $"expected a value, found {t.Describe()}");
        }
    }

    private static LiteralExpr? NamedLiteral(Token t) => t.Text switch
    {
        "True" => new LiteralExpr(t.Where, BoolValue.True),
        "False" => new LiteralExpr(t.Where, BoolValue.False),
        "None" => new LiteralExpr(t.Where, NoneValue.Instance),
        "inf" => new LiteralExpr(t.Where, new FloatValue(double.PositiveInfinity)),
        "nan" => new LiteralExpr(t.Where, new FloatValue(double.NaN)),
        _ => null,
    };

    private static Expr Parenthesized(TokenCursor c, Token open)
    {
        if (c.Accept(")"))
        {
            return new TupleExpr(open.Where, []);
        }
        Expr first = Parse(c);
        if (c.Accept(")"))
        {
            return first;
        }
        c.Expect(",");
        var items = new List<Expr> { first };
        items.AddRange(Items(c, ")"));
        return new TupleExpr(open.Where, items);
    }

    private static Expr Bracketed(TokenCursor c, Token open)
    {
        if (c.Accept("]"))
        {
            return new ListExpr(open.Where, []);
        }
        Expr first = Parse(c);
        if (c.Peek.IsName("for"))
        {
            c.Next();
            string variable = c.ExpectName("a variable name").Text;
            if (!c.Peek.IsName("in"))
            {
                throw new TraceException(c.Peek.Where, $"expected 'in', found {c.Peek.Describe()}");
            }
            c.Next();
            Expr iterable = Or(c);
            Expr? condition = null;
            if (c.Peek.IsName("if"))
            {
                c.Next();
                condition = Or(c);
            }
            c.Expect("]");
            return new ListCompExpr(open.Where, first, variable, iterable, condition);
        }
        if (c.Accept("]"))
        {
            return new ListExpr(open.Where, [first]);
        }
        c.Expect(",");
        var items = new List<Expr> { first };
        items.AddRange(Items(c, "]"));
        return new ListExpr(open.Where, items);
    }

    /// <summary>Comma-separated expressions up to the closing symbol (a trailing comma allowed).</summary>
    private static List<Expr> Items(TokenCursor c, string close)
    {
        var items = new List<Expr>();
        while (!c.Accept(close))
        {
            items.Add(Parse(c));
            if (!c.Accept(","))
            {
                c.Expect(close);
                break;
            }
        }
        return items;
    }
}
