using System.Collections.Immutable;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Syntax;

/// <summary>
/// Python's statement grammar for the subset: a file of <c>def</c>s, whose bodies hold assignments
/// (plain, augmented, tuple-unpacking), <c>for</c>, <c>while</c>, <c>if/elif/else</c>, <c>break</c>,
/// <c>continue</c>, <c>pass</c>, <c>return</c> and expression statements.
/// </summary>
public sealed class Parser
{
    private static readonly string[] AugmentedOps = ["+=", "-=", "*=", "/=", "//=", "%=", "**="];

    private readonly TokenStream _tokens;
    private readonly ExpressionParser _expressions;

    private Parser(IReadOnlyList<Token> tokens)
    {
        _tokens = new TokenStream(tokens);
        _expressions = new ExpressionParser(_tokens);
    }

    /// <summary>The functions of a source file, in order.</summary>
    public static ImmutableArray<FunctionDef> ParseModule(string source, string file)
    {
        var parser = new Parser(Lexer.Tokenize(source, file));
        return parser.Module();
    }

    private ImmutableArray<FunctionDef> Module()
    {
        var functions = ImmutableArray.CreateBuilder<FunctionDef>();
        while (_tokens.Peek.Kind != TokenKind.EndOfFile)
        {
            if (_tokens.Peek.Kind == TokenKind.Newline)
            {
                _tokens.Take();
            }
            else if (_tokens.Peek.IsKeyword("def"))
            {
                functions.Add(FunctionDefinition());
            }
            else if (_tokens.Peek.Kind == TokenKind.Indent)
            {
                throw new PythonSyntaxError(_tokens.Pos, "unexpected indent");
            }
            else
            {
                throw PythonSyntaxError.Unsupported(_tokens.Pos, "a module-level statement other than def");
            }
        }
        return functions.ToImmutable();
    }

    private FunctionDef FunctionDefinition()
    {
        Token def = _tokens.Take();
        Token name = Name("after 'def'");
        _tokens.ExpectOp("(", "after the function's name");
        var args = ImmutableArray.CreateBuilder<string>();
        while (!_tokens.Peek.IsOp(")"))
        {
            Token t = _tokens.Peek;
            if (t.IsOp("*") || t.IsOp("**") || t.IsOp("/"))
            {
                throw PythonSyntaxError.Unsupported(t.Pos, "a parameter other than a positional one");
            }
            Token arg = Name("as a parameter");
            if (_tokens.Peek.IsOp("=") || _tokens.Peek.IsOp(":"))
            {
                throw PythonSyntaxError.Unsupported(_tokens.Pos,
                    _tokens.Peek.IsOp("=") ? "a default argument" : "an annotation");
            }
            if (args.Contains(arg.Text))
            {
                throw new PythonSyntaxError(arg.Pos, $"duplicate argument '{arg.Text}' in function definition");
            }
            args.Add(arg.Text);
            if (!_tokens.TakeOp(","))
            {
                break;
            }
        }
        _tokens.ExpectOp(")", "to close the parameters");
        if (_tokens.Peek.IsOp("->"))
        {
            throw PythonSyntaxError.Unsupported(_tokens.Pos, "a return annotation");
        }
        _tokens.ExpectOp(":", "after the parameters");
        return new FunctionDef(def.Pos, name.Text, args.ToImmutable(), Block());
    }

    private Token Name(string context)
    {
        Token t = _tokens.Expect(TokenKind.Name, "a name", context);
        return Keywords.Reserved.Contains(t.Text)
            ? throw new PythonSyntaxError(t.Pos, $"invalid syntax: '{t.Text}' is a keyword")
            : t;
    }

    private ImmutableArray<Stmt> Block()
    {
        var body = ImmutableArray.CreateBuilder<Stmt>();
        if (_tokens.Peek.Kind != TokenKind.Newline)
        {
            SimpleStatements(body);
            return body.ToImmutable();
        }
        _tokens.Take();
        _tokens.Expect(TokenKind.Indent, "an indented block", "after ':'");
        while (_tokens.Peek.Kind != TokenKind.Dedent && _tokens.Peek.Kind != TokenKind.EndOfFile)
        {
            Statement(body);
        }
        _tokens.Take();
        return body.ToImmutable();
    }

    private void Statement(ImmutableArray<Stmt>.Builder body)
    {
        Token t = _tokens.Peek;
        if (t.Kind == TokenKind.Indent)
        {
            throw new PythonSyntaxError(t.Pos, "unexpected indent");
        }
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "if":
                    body.Add(If());
                    return;
                case "while":
                    body.Add(While());
                    return;
                case "for":
                    body.Add(For());
                    return;
                case "def":
                    throw PythonSyntaxError.Unsupported(t.Pos, "a nested function definition");
            }
            if (Keywords.UnsupportedStatements.TryGetValue(t.Text, out string? construct))
            {
                throw PythonSyntaxError.Unsupported(t.Pos, construct);
            }
        }
        if (t.IsOp("@"))
        {
            throw PythonSyntaxError.Unsupported(t.Pos, "a decorator");
        }
        SimpleStatements(body);
    }

    private IfStmt If()
    {
        Token keyword = _tokens.Take();
        Expr test = _expressions.Test();
        _tokens.ExpectOp(":", $"after the {keyword.Text} condition");
        ImmutableArray<Stmt> body = Block();
        ImmutableArray<Stmt> orElse = [];
        if (_tokens.Peek.IsKeyword("elif"))
        {
            orElse = [If()];
        }
        else if (_tokens.TakeKeyword("else"))
        {
            _tokens.ExpectOp(":", "after 'else'");
            orElse = Block();
        }
        return new IfStmt(keyword.Pos, test, body, orElse);
    }

    private WhileStmt While()
    {
        Token keyword = _tokens.Take();
        Expr test = _expressions.Test();
        _tokens.ExpectOp(":", "after the while condition");
        ImmutableArray<Stmt> body = Block();
        return _tokens.Peek.IsKeyword("else")
            ? throw PythonSyntaxError.Unsupported(_tokens.Pos, "while-else")
            : new WhileStmt(keyword.Pos, test, body);
    }

    private ForStmt For()
    {
        Token keyword = _tokens.Take();
        Expr target = TargetList();
        if (!_tokens.TakeKeyword("in"))
        {
            throw _tokens.Expected("'in'", "after the for target");
        }
        Expr iter = _expressions.TestList();
        _tokens.ExpectOp(":", "after the for header");
        ImmutableArray<Stmt> body = Block();
        return _tokens.Peek.IsKeyword("else")
            ? throw PythonSyntaxError.Unsupported(_tokens.Pos, "for-else")
            : new ForStmt(keyword.Pos, Targets.Check(target, "for"), iter, body);
    }

    /// <summary>A for loop's target: expressions up to <c>in</c> (comparisons would swallow it).</summary>
    private Expr TargetList()
    {
        SourcePos pos = _tokens.Pos;
        var items = ImmutableArray.CreateBuilder<Expr>();
        items.Add(_expressions.Primary());
        bool comma = false;
        while (_tokens.TakeOp(","))
        {
            comma = true;
            if (_tokens.Peek.IsKeyword("in"))
            {
                break;
            }
            items.Add(_expressions.Primary());
        }
        return comma ? new TupleExpr(pos, items.ToImmutable()) : items[0];
    }

    private void SimpleStatements(ImmutableArray<Stmt>.Builder body)
    {
        body.Add(SimpleStatement());
        while (_tokens.TakeOp(";"))
        {
            if (_tokens.Peek.Kind == TokenKind.Newline)
            {
                break;
            }
            body.Add(SimpleStatement());
        }
        _tokens.Expect(TokenKind.Newline, "end of line", "after the statement");
    }

    private Stmt SimpleStatement()
    {
        Token t = _tokens.Peek;
        if (_tokens.TakeKeyword("pass"))
        {
            return new PassStmt(t.Pos);
        }
        if (_tokens.TakeKeyword("break"))
        {
            return new BreakStmt(t.Pos);
        }
        if (_tokens.TakeKeyword("continue"))
        {
            return new ContinueStmt(t.Pos);
        }
        if (_tokens.TakeKeyword("return"))
        {
            return new ReturnStmt(t.Pos,
                _tokens.Peek.Kind == TokenKind.Newline || _tokens.Peek.IsOp(";") ? null : _expressions.TestList());
        }
        if (Keywords.UnsupportedStatements.TryGetValue(t.Text, out string? construct) && t.Kind == TokenKind.Name)
        {
            throw PythonSyntaxError.Unsupported(t.Pos, construct);
        }
        Expr first = _expressions.TestList();
        Token op = _tokens.Peek;
        if (op.IsOp("="))
        {
            _tokens.Take();
            Expr value = _expressions.TestList();
            return _tokens.Peek.IsOp("=")
                ? throw PythonSyntaxError.Unsupported(_tokens.Pos, "a chained assignment")
                : new AssignStmt(t.Pos, Targets.Check(first, "assignment"), value);
        }
        if (op.Kind == TokenKind.Op && AugmentedOps.Contains(op.Text))
        {
            _tokens.Take();
            if (first is not (NameExpr or SubscriptExpr))
            {
                throw new PythonSyntaxError(first.Pos, "illegal expression for augmented assignment");
            }
            return new AugAssignStmt(t.Pos, first, op.Text[..^1], _expressions.TestList());
        }
        if (op.IsOp(":"))
        {
            throw PythonSyntaxError.Unsupported(op.Pos, "an annotated assignment");
        }
        if (op.Kind == TokenKind.Op && op.Text.EndsWith('=') && op.Text.Length > 1 && op.Text is not ("==" or "<=" or ">=" or "!="))
        {
            throw PythonSyntaxError.Unsupported(op.Pos, $"the '{op.Text}' augmented assignment");
        }
        return new ExprStmt(t.Pos, first);
    }
}
