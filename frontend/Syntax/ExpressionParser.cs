using System.Collections.Immutable;
using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Syntax;

/// <summary>
/// Python's expression grammar, from <c>or</c> down to atoms, for the subset: operators Python has
/// but the subset does not (bitwise, <c>is</c>, <c>in</c>, <c>@</c>, conditional expressions,
/// attributes, ...) are reported by name at their position.
/// </summary>
internal sealed class ExpressionParser(TokenStream tokens)
{
    private static readonly string[] ComparisonOps = ["<", ">", "==", ">=", "<=", "!="];

    /// <summary>A comma-separated list: a tuple when there is a comma, else the one expression.</summary>
    public Expr TestList()
    {
        SourcePos pos = tokens.Pos;
        Expr first = Test();
        if (!tokens.Peek.IsOp(","))
        {
            return first;
        }
        var items = ImmutableArray.CreateBuilder<Expr>();
        items.Add(first);
        while (tokens.TakeOp(","))
        {
            if (!StartsExpression(tokens.Peek))
            {
                break;
            }
            items.Add(Test());
        }
        return new TupleExpr(pos, items.ToImmutable());
    }

    public Expr Test()
    {
        if (tokens.Peek.IsKeyword("lambda"))
        {
            throw PythonSyntaxError.Unsupported(tokens.Pos, "a lambda");
        }
        Expr e = OrTest();
        if (tokens.Peek.IsKeyword("if"))
        {
            throw PythonSyntaxError.Unsupported(tokens.Pos, "a conditional expression");
        }
        if (tokens.Peek.IsOp(":="))
        {
            throw PythonSyntaxError.Unsupported(tokens.Pos, "an assignment expression (:=)");
        }
        return e;
    }

    public static bool StartsExpression(Token t) =>
        t.Kind is TokenKind.Name or TokenKind.Number && !(t.Kind == TokenKind.Name && IsClosingKeyword(t.Text))
        || t.IsOp("(") || t.IsOp("[") || t.IsOp("-") || t.IsOp("+") || t.IsOp("~") || t.IsOp("{");

    private static bool IsClosingKeyword(string name) =>
        Keywords.Reserved.Contains(name) && name is not ("not" or "True" or "False" or "None" or "lambda" or "await");

    private Expr OrTest() => BoolOp("or", AndTest);

    private Expr AndTest() => BoolOp("and", NotTest);

    private Expr BoolOp(string keyword, Func<Expr> operand)
    {
        SourcePos pos = tokens.Pos;
        Expr first = operand();
        if (!tokens.Peek.IsKeyword(keyword))
        {
            return first;
        }
        var values = ImmutableArray.CreateBuilder<Expr>();
        values.Add(first);
        while (tokens.TakeKeyword(keyword))
        {
            values.Add(operand());
        }
        return new BoolOpExpr(pos, keyword == "and", values.ToImmutable());
    }

    private Expr NotTest()
    {
        SourcePos pos = tokens.Pos;
        return tokens.TakeKeyword("not") ? new UnaryExpr(pos, "not", NotTest()) : Comparison();
    }

    private Expr Comparison()
    {
        SourcePos pos = tokens.Pos;
        Expr left = BitOr();
        var ops = ImmutableArray.CreateBuilder<string>();
        var comparators = ImmutableArray.CreateBuilder<Expr>();
        while (true)
        {
            Token t = tokens.Peek;
            if (t.IsKeyword("in") || t.IsKeyword("is") || (t.IsKeyword("not") && tokens.PeekAt(1).IsKeyword("in")))
            {
                throw PythonSyntaxError.Unsupported(t.Pos, $"the '{t.Text}' operator");
            }
            if (t.Kind != TokenKind.Op || !ComparisonOps.Contains(t.Text))
            {
                break;
            }
            tokens.Take();
            ops.Add(t.Text);
            comparators.Add(BitOr());
        }
        return ops.Count == 0 ? left : new CompareExpr(pos, left, ops.ToImmutable(), comparators.ToImmutable());
    }

    private Expr BitOr()
    {
        Expr e = Arith();
        Token t = tokens.Peek;
        if (t.IsOp("|") || t.IsOp("^") || t.IsOp("&") || t.IsOp("<<") || t.IsOp(">>"))
        {
            throw PythonSyntaxError.Unsupported(t.Pos, $"the '{t.Text}' operator");
        }
        return e;
    }

    private Expr Arith() => LeftAssociative(Term, "+", "-");

    private Expr Term()
    {
        Expr e = LeftAssociative(Factor, "*", "/", "//", "%");
        if (tokens.Peek.IsOp("@"))
        {
            throw PythonSyntaxError.Unsupported(tokens.Pos, "the '@' operator");
        }
        return e;
    }

    private Expr LeftAssociative(Func<Expr> operand, params string[] ops)
    {
        SourcePos pos = tokens.Pos;
        Expr left = operand();
        while (tokens.Peek.Kind == TokenKind.Op && ops.Contains(tokens.Peek.Text))
        {
            string op = tokens.Take().Text;
            left = new BinaryExpr(pos, left, op, operand());
        }
        return left;
    }

    private Expr Factor()
    {
        Token t = tokens.Peek;
        if (t.IsOp("-"))
        {
            tokens.Take();
            return new UnaryExpr(t.Pos, "-", Factor());
        }
        if (t.IsOp("+") || t.IsOp("~"))
        {
            throw PythonSyntaxError.Unsupported(t.Pos, $"unary '{t.Text}'");
        }
        return Power();
    }

    private Expr Power()
    {
        SourcePos pos = tokens.Pos;
        Expr e = Primary();
        return tokens.TakeOp("**") ? new BinaryExpr(pos, e, "**", Factor()) : e;
    }

    /// <summary>An atom with its calls and subscripts (a for loop's target is one of these).</summary>
    public Expr Primary()
    {
        SourcePos pos = tokens.Pos;
        Expr e = Atom();
        while (true)
        {
            if (tokens.Peek.IsOp("("))
            {
                Token open = tokens.Take();
                e = e is NameExpr name
                    ? new CallExpr(pos, name, Arguments())
                    : throw PythonSyntaxError.Unsupported(open.Pos, "a call of anything but a builtin's name");
            }
            else if (tokens.Peek.IsOp("["))
            {
                tokens.Take();
                Expr index = Subscript();
                tokens.ExpectOp("]", "to close the subscript");
                e = new SubscriptExpr(pos, e, index);
            }
            else if (tokens.Peek.IsOp("."))
            {
                throw PythonSyntaxError.Unsupported(tokens.Pos, "attribute access");
            }
            else
            {
                return e;
            }
        }
    }

    private Expr Subscript()
    {
        if (tokens.Peek.IsOp(":"))
        {
            throw PythonSyntaxError.Unsupported(tokens.Pos, "a slice");
        }
        Expr index = TestList();
        if (tokens.Peek.IsOp(":"))
        {
            throw PythonSyntaxError.Unsupported(tokens.Pos, "a slice");
        }
        return index;
    }

    private ImmutableArray<Expr> Arguments()
    {
        var args = ImmutableArray.CreateBuilder<Expr>();
        while (!tokens.Peek.IsOp(")"))
        {
            Token t = tokens.Peek;
            if (t.IsOp("*") || t.IsOp("**"))
            {
                throw PythonSyntaxError.Unsupported(t.Pos, "argument unpacking");
            }
            if (t.Kind == TokenKind.Name && tokens.PeekAt(1).IsOp("="))
            {
                throw PythonSyntaxError.Unsupported(t.Pos, "a keyword argument");
            }
            args.Add(Test());
            if (tokens.Peek.IsKeyword("for"))
            {
                throw PythonSyntaxError.Unsupported(tokens.Pos, "a generator expression");
            }
            if (!tokens.TakeOp(","))
            {
                break;
            }
        }
        tokens.ExpectOp(")", "to close the call's arguments");
        return args.ToImmutable();
    }

    private Expr Atom()
    {
        Token t = tokens.Peek;
        switch (t.Kind)
        {
            case TokenKind.Number:
                tokens.Take();
                return new ConstantExpr(t.Pos, t.Number!);
            case TokenKind.Name:
                return NameAtom(t);
            case TokenKind.Op when t.Text == "(":
                return Parenthesised();
            case TokenKind.Op when t.Text == "[":
                return ListDisplay();
            case TokenKind.Op when t.Text == "{":
                throw PythonSyntaxError.Unsupported(t.Pos, "a dict or set display");
            default:
                throw tokens.Expected("an expression", "here");
        }
    }

    private Expr NameAtom(Token t)
    {
        Value? constant = t.Text switch
        {
            "True" => BoolValue.True,
            "False" => BoolValue.False,
            "None" => NoneValue.Instance,
            _ => null,
        };
        tokens.Take();
        if (constant is not null)
        {
            return new ConstantExpr(t.Pos, constant);
        }
        if (Keywords.UnsupportedStatements.TryGetValue(t.Text, out string? construct))
        {
            throw PythonSyntaxError.Unsupported(t.Pos, construct);
        }
        if (Keywords.Reserved.Contains(t.Text))
        {
            throw new PythonSyntaxError(t.Pos, $"invalid syntax: unexpected keyword '{t.Text}'");
        }
        return new NameExpr(t.Pos, t.Text);
    }

    private Expr Parenthesised()
    {
        Token open = tokens.Take();
        if (tokens.TakeOp(")"))
        {
            return new TupleExpr(open.Pos, []);
        }
        Expr inner = TestList();
        if (tokens.Peek.IsKeyword("for"))
        {
            throw PythonSyntaxError.Unsupported(tokens.Pos, "a generator expression");
        }
        tokens.ExpectOp(")", "to close the parenthesis");
        // A parenthesised tuple starts at its '(' as in CPython's AST; other expressions keep their own start.
        return inner is TupleExpr tuple ? tuple with { Pos = open.Pos } : inner;
    }

    private Expr ListDisplay()
    {
        Token open = tokens.Take();
        var items = ImmutableArray.CreateBuilder<Expr>();
        while (!tokens.Peek.IsOp("]"))
        {
            items.Add(Test());
            if (tokens.Peek.IsKeyword("for"))
            {
                throw PythonSyntaxError.Unsupported(tokens.Pos, "a list comprehension");
            }
            if (!tokens.TakeOp(","))
            {
                break;
            }
        }
        tokens.ExpectOp("]", "to close the list");
        return new ListExpr(open.Pos, items.ToImmutable());
    }
}
