using System.Globalization;

namespace StencilBench.Core.Values;

/// <summary>
/// Formats a double as Python's <c>repr</c> does: the shortest digits that read back to the same
/// double, in positional notation when the decimal exponent is in [-4, 16), otherwise as
/// <c>d.ddde+XX</c>; a float always shows a dot or an exponent (<c>1.0</c>, <c>1e+16</c>).
/// </summary>
public static class PythonFloatFormat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        string sign = double.IsNegative(value) ? "-" : "";
        if (value == 0)
        {
            return sign + "0.0";
        }
        (string digits, int point) = ShortestDigits(Math.Abs(value));
        return sign + (point is > -4 and <= 16 ? Positional(digits, point) : Scientific(digits, point));
    }

    /// <summary>The significant digits d1d2... and the point position p: value = 0.d1d2... × 10^p.</summary>
    private static (string Digits, int Point) ShortestDigits(double positive)
    {
        string r = positive.ToString("R", CultureInfo.InvariantCulture);
        int exponent = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        int dot = r.IndexOf('.');
        int point = dot >= 0 ? dot : r.Length;
        string all = r.Replace(".", "", StringComparison.Ordinal);
        int leadingZeros = all.Length - all.TrimStart('0').Length;
        string digits = all.Trim('0');
        return (digits, point - leadingZeros + exponent);
    }

    private static string Positional(string digits, int point)
    {
        if (point <= 0)
        {
            return "0." + new string('0', -point) + digits;
        }
        if (point >= digits.Length)
        {
            return digits + new string('0', point - digits.Length) + ".0";
        }
        return digits[..point] + "." + digits[point..];
    }

    private static string Scientific(string digits, int point)
    {
        string mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
        int exponent = point - 1;
        string sign = exponent < 0 ? "-" : "+";
        return mantissa + "e" + sign + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }
}
