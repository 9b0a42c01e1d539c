using System.Globalization;
using System.Text;

namespace StencilBench.Harness.Cli;

/// <summary>
/// Text made fit for one line of an error or a note: line breaks become spaces, other control
/// characters are escaped (<c>\x07</c>), and past a length the rest is cut with "…" (a CSV
/// field of a megabyte must not become a megabyte-long error).
/// </summary>
public static class OneLine
{
    public const int DefaultMaxChars = 500;

    public static string Of(string text, int maxChars = DefaultMaxChars)
    {
        var sb = new StringBuilder(Math.Min(text.Length, maxChars + 1));
        foreach (char ch in text.ReplaceLineEndings(" ").Trim())
        {
            if (sb.Length >= maxChars)
            {
                return sb.Append('…').ToString();
            }
            if (char.IsControl(ch))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)ch:x2}");
            }
            else if (ch is '\u2028' or '\u2029' or '\uFFFD')
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:x4}");
            }
            else
            {
                sb.Append(ch);
            }
        }
        return sb.ToString();
    }
}
