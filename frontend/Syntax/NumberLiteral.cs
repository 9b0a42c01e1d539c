using System.Globalization;
using System.Numerics;
using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Syntax;

/// <summary>Python's numeric literals: decimal, hex, octal and binary ints of any size, and floats.</summary>
internal static class NumberLiteral
{
    /// <summary>The value of <paramref name="text"/> (underscores allowed between digits).</summary>
    public static Value Parse(string text, SourcePos pos)
    {
        string digits = text.Replace("_", "", StringComparison.Ordinal);
        if (text.Contains("__", StringComparison.Ordinal) || text.EndsWith('_'))
        {
            throw new PythonSyntaxError(pos, $"invalid number literal '{text}'");
        }
        string lower = digits.ToLowerInvariant();
        if (lower.Length > 1 && lower[0] == '0' && lower[1] is 'x' or 'o' or 'b')
        {
            int radix = lower[1] switch { 'x' => 16, 'o' => 8, _ => 2 };
            return new IntValue(ParseRadix(lower[2..], radix, text, pos));
        }
        if (lower.IndexOfAny(['.', 'e']) >= 0)
        {
            if (!double.TryParse(lower, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
            {
                throw new PythonSyntaxError(pos, $"invalid number literal '{text}'");
            }
            return new FloatValue(d);
        }
        if (lower.Length > 1 && lower[0] == '0' && lower.Any(c => c != '0'))
        {
            throw new PythonSyntaxError(pos, "leading zeros in decimal integer literals are not permitted");
        }
        return new IntValue(BigInteger.Parse(lower, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private static BigInteger ParseRadix(string digits, int radix, string text, SourcePos pos)
    {
        if (digits.Length == 0)
        {
            throw new PythonSyntaxError(pos, $"invalid number literal '{text}'");
        }
        BigInteger value = BigInteger.Zero;
        foreach (char c in digits)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : 99;
            if (d >= radix)
            {
                throw new PythonSyntaxError(pos, $"invalid digit '{c}' in number literal '{text}'");
            }
            value = value * radix + d;
        }
        return value;
    }
}
