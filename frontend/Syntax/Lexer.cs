using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Syntax;

/// <summary>
/// Python's tokenizer for the subset: names, numbers, operators, NEWLINE, and INDENT/DEDENT from the
/// indentation of logical lines. Comments and blank lines vanish; inside brackets, and after a
/// backslash, a line break continues the logical line. A string literal is reported as outside the
/// subset; any other character Python does not allow is a syntax error.
/// </summary>
public sealed class Lexer
{
    private static readonly string[] Operators =
    [
        "**=", "//=", "->", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "<<", ">>", ":=", "+", "-", "*", "/", "%", "<", ">", "=", "(", ")",
        "[", "]", "{", "}", ",", ":", ".", ";", "@", "&", "|", "^", "~",
    ];

    private readonly string _text;
    private readonly string _file;
    private readonly List<Token> _tokens = [];
    private readonly Stack<int> _indents = new([0]);
    private int _at;
    private int _line = 1;
    private int _lineStart;
    private int _brackets;

    private Lexer(string text, string file)
    {
        _text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        _file = file;
    }

    /// <summary>The tokens of <paramref name="text"/>, ending with NEWLINE, DEDENTs and END_OF_FILE.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, string file)
    {
        var lexer = new Lexer(text, file);
        lexer.Run();
        return lexer._tokens;
    }

    private SourcePos Here => new(_file, _line, _at - _lineStart + 1);

    private void Run()
    {
        bool atLineStart = true;
        while (_at < _text.Length)
        {
            if (atLineStart && _brackets == 0)
            {
                if (!Indentation())
                {
                    continue;
                }
                atLineStart = false;
            }
            char c = _text[_at];
            if (c == '\n')
            {
                if (_brackets == 0)
                {
                    Add(TokenKind.Newline, "\n", Here);
                    atLineStart = true;
                }
                NextLine();
            }
            else if (c is ' ' or '\t' or '\f')
            {
                _at++;
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else if (c == '\\')
            {
                Continuation();
            }
            else
            {
                Lex(c);
            }
        }
        if (_tokens.Count > 0 && _tokens[^1].Kind is not (TokenKind.Newline or TokenKind.Dedent))
        {
            Add(TokenKind.Newline, "", Here);
        }
        if (_brackets > 0)
        {
            throw new PythonSyntaxError(Here, "unexpected end of file inside brackets");
        }
        while (_indents.Count > 1)
        {
            _indents.Pop();
            Add(TokenKind.Dedent, "", Here);
        }
        Add(TokenKind.EndOfFile, "", Here);
    }

    /// <summary>Measures a line's indentation; false when the line is blank or a comment only.</summary>
    private bool Indentation()
    {
        int width = 0;
        while (_at < _text.Length && _text[_at] is ' ' or '\t' or '\f')
        {
            width = _text[_at] == '\t' ? (width / 8 + 1) * 8 : width + 1;
            _at++;
        }
        if (_at >= _text.Length || _text[_at] is '\n' or '#')
        {
            if (_at < _text.Length && _text[_at] == '#')
            {
                SkipComment();
            }
            if (_at < _text.Length)
            {
                NextLine();
            }
            return false;
        }
        if (width > _indents.Peek())
        {
            _indents.Push(width);
            Add(TokenKind.Indent, "", Here);
        }
        while (width < _indents.Peek())
        {
            _indents.Pop();
            if (width > _indents.Peek())
            {
                throw new PythonSyntaxError(Here, "unindent does not match any outer indentation level");
            }
            Add(TokenKind.Dedent, "", Here);
        }
        return true;
    }

    private void Lex(char c)
    {
        SourcePos pos = Here;
        if (char.IsAsciiLetter(c) || c == '_')
        {
            int start = _at;
            while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] == '_'))
            {
                _at++;
            }
            if (_at < _text.Length && _text[_at] is '"' or '\'')
            {
                throw PythonSyntaxError.Unsupported(pos, "a string literal");
            }
            Add(TokenKind.Name, _text[start.._at], pos);
        }
        else if (char.IsAsciiDigit(c) || (c == '.' && _at + 1 < _text.Length && char.IsAsciiDigit(_text[_at + 1])))
        {
            Number(pos);
        }
        else if (c is '"' or '\'')
        {
            throw PythonSyntaxError.Unsupported(pos, "a string literal");
        }
        else
        {
            string? op = Operators.FirstOrDefault(o => string.CompareOrdinal(_text, _at, o, 0, o.Length) == 0);
            if (op is null)
            {
                throw new PythonSyntaxError(pos, $"invalid character '{c}' (U+{(int)c:X4})");
            }
            _brackets += op is "(" or "[" or "{" ? 1 : op is ")" or "]" or "}" ? -1 : 0;
            if (_brackets < 0)
            {
                throw new PythonSyntaxError(pos, $"unmatched '{op}'");
            }
            _at += op.Length;
            Add(TokenKind.Op, op, pos);
        }
    }

    private void Number(SourcePos pos)
    {
        int start = _at;
        while (_at < _text.Length)
        {
            char c = _text[_at];
            bool exponentSign = c is '+' or '-' && _at > start && _text[_at - 1] is 'e' or 'E'
                && !_text[start.._at].StartsWith("0x", StringComparison.OrdinalIgnoreCase);
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' || exponentSign))
            {
                break;
            }
            _at++;
        }
        string text = _text[start.._at];
        if (text.EndsWith('j') || text.EndsWith('J'))
        {
            throw PythonSyntaxError.Unsupported(pos, "a complex literal");
        }
        Add(TokenKind.Number, text, pos, NumberLiteral.Parse(text, pos));
    }

    private void Continuation()
    {
        if (_at + 1 < _text.Length && _text[_at + 1] == '\n')
        {
            _at++;
            NextLine();
            return;
        }
        throw new PythonSyntaxError(Here, "unexpected character after line continuation character");
    }

    private void SkipComment()
    {
        while (_at < _text.Length && _text[_at] != '\n')
        {
            _at++;
        }
    }

    private void NextLine()
    {
        _at++;
        _line++;
        _lineStart = _at;
    }

    private void Add(TokenKind kind, string text, SourcePos pos, Core.Values.Value? number = null) =>
        _tokens.Add(new Token(kind, text, pos, number));
}
