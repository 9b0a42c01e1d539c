using System.Globalization;
using System.Numerics;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Expressions;

/// <summary>Splits one line of a trace file (comment already removed) into tokens.</summary>
public static class Lexer
{
    private static readonly string[] Symbols =
        ["**", "//", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", "=", ":", "@"];

    /// <param name="text">The line's text.</param>
    /// <param name="file">The file name for locations.</param>
    /// <param name="line">The line number (from 1).</param>
    public static IReadOnlyList<Token> Tokenize(string text, string file, int line)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            var where = new SourceLocation(file, line, i + 1);
            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, "", where));
                return tokens;
            }
            char c = text[i];
            if (char.IsAsciiLetter(c) || c == '_')
            {
                int start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Name, text[start..i], where));
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                tokens.Add(ReadNumber(text, ref i, where));
            }
            else
            {
                string? symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0);
                if (symbol is null)
                {
                    throw new TraceException(where, $"unexpected character '{c}'");
                }
                tokens.Add(new Token(TokenKind.Symbol, symbol, where));
                i += symbol.Length;
            }
        }
    }

    private static Token ReadNumber(string text, ref int i, SourceLocation where)
    {
        int start = i;
        if (text[i] == '0' && i + 1 < text.Length && (text[i + 1] is 'x' or 'X'))
        {
            i += 2;
            while (i < text.Length && (char.IsAsciiHexDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }
            string hex = text[(start + 2)..i].Replace("_", "", StringComparison.Ordinal);
            CheckDigits(hex, where);
            if (hex.Length == 0 || !BigInteger.TryParse("0" + hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out BigInteger h))
            {
                throw new TraceException(where, $"bad number '{text[start..i]}'");
            }
            return Finish(text, i, new Token(TokenKind.Int, text[start..i], where, h));
        }
        bool isFloat = false;
        Digits(text, ref i);
        if (i < text.Length && text[i] == '.')
        {
            isFloat = true;
            i++;
            Digits(text, ref i);
        }
        if (i < text.Length && (text[i] is 'e' or 'E'))
        {
            int save = i++;
            if (i < text.Length && (text[i] is '+' or '-'))
            {
                i++;
            }
            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                isFloat = true;
                Digits(text, ref i);
            }
            else
            {
                i = save;
            }
        }
        string written = text[start..i];
        string clean = written.Replace("_", "", StringComparison.Ordinal);
        CheckDigits(clean, where);
        Token token = isFloat
            ? new Token(TokenKind.Float, written, where, Float: double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture))
            : new Token(TokenKind.Int, written, where, BigInteger.Parse(clean, NumberStyles.None, CultureInfo.InvariantCulture));
        return Finish(text, i, token);
    }

    /// <summary>Parsing a number is quadratic in its digits: a literal may have <see cref="TraceLimits.MaxLiteralDigits"/>.</summary>
    private static void CheckDigits(string digits, SourceLocation where)
    {
        if (digits.Length > TraceLimits.MaxLiteralDigits)
        {
            throw new TraceException(where, $"number literal has {digits.Length} digits (at most {TraceLimits.MaxLiteralDigits})");
        }
    }

    private static void Digits(string text, ref int i)
    {
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }
    }

    /// <summary>A number running straight into a letter (<c>12ab</c>) is one bad token, not two.</summary>
    private static Token Finish(string text, int i, Token token)
    {
        if (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            int end = i;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }
            throw new TraceException(token.Where, $"bad number '{token.Text}{text[i..end]}'");
        }
        return token;
    }
}
