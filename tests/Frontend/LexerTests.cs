using System.Numerics;
using StencilBench.Core.Values;
using StencilBench.Frontend.Syntax;

namespace StencilBench.Tests.Frontend;

/// <summary>The tokenizer: numbers, indentation, comments and line continuation as Python's.</summary>
public class LexerTests
{
    private static IReadOnlyList<Token> Lex(string text) => Lexer.Tokenize(text, "t.py");

    private static string Kinds(string text) => string.Join(" ", Lex(text).Select(t => t.Kind switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.Op => t.Text,
        _ => t.Kind.ToString().ToUpperInvariant(),
    }));

    [Fact]
    public void Ints_have_any_size() =>
        Assert.Equal(new IntValue(BigInteger.Pow(10, 40)), Lex("10000000000000000000000000000000000000000")[0].Number);

    [Fact]
    public void Hex_octal_binary_and_underscored_ints_are_read() =>
        Assert.Equal([new IntValue(255), new IntValue(8), new IntValue(5), new IntValue(1000000)],
            Lex("0xff 0o10 0b101 1_000_000").Where(t => t.Kind == TokenKind.Number).Select(t => t.Number));

    [Fact]
    public void Floats_with_fractions_and_exponents_are_read() =>
        Assert.Equal([new FloatValue(1.5), new FloatValue(0.25), new FloatValue(1e-3), new FloatValue(2.0)],
            Lex("1.5 .25 1e-3 2.").Where(t => t.Kind == TokenKind.Number).Select(t => t.Number));

    [Fact]
    public void Indentation_gives_indent_and_dedent() =>
        Assert.Equal("def f : NEWLINE INDENT x NEWLINE DEDENT y NEWLINE ENDOFFILE", Kinds("def f:\n    x\ny\n"));

    [Fact]
    public void Comments_and_blank_lines_vanish() =>
        Assert.Equal("x NEWLINE y NEWLINE ENDOFFILE", Kinds("x  # one\n\n   # two\ny\n"));

    [Fact]
    public void A_line_break_inside_brackets_continues_the_line() =>
        Assert.Equal("f ( 1 , 2 ) NEWLINE ENDOFFILE", Kinds("f(1,\n      2)\n"));

    [Fact]
    public void A_backslash_continues_the_line() =>
        Assert.Equal("x = 1 + 2 NEWLINE ENDOFFILE", Kinds("x = 1 + \\\n  2\n"));

    [Fact]
    public void Open_blocks_close_at_the_end_of_the_file() =>
        Assert.Equal("if x : NEWLINE INDENT y NEWLINE DEDENT ENDOFFILE", Kinds("if x:\n    y"));

    [Fact]
    public void Tokens_know_their_line_and_column() =>
        Assert.Equal("t.py:2:5", Lex("def f():\n    return 1\n").First(t => t.Text == "return").Pos.ToString());
}
