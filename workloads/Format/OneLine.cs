using System.Globalization;
using System.Text;

namespace StencilBench.Workloads.Format;

/// <summary>
/// Text made fit for one line of an error or a note: line breaks become spaces (or, for text
/// quoted from an untrusted file, are escaped like every other control character: <c>\x0a</c>,
/// <c>\x07</c>), and past a length the rest is cut with "…" (a CSV field of a megabyte must not
/// become a megabyte-long error). One rule for the trace errors and the tool's own.
/// </summary>
public static class OneLine
{
    public const int DefaultMaxChars = 500;

    public static string Of(string text, int maxChars = DefaultMaxChars, bool lineBreaksAsSpaces = true)
    {
        var sb = new StringBuilder(Math.Min(text.Length, maxChars + 1));
        foreach (char ch in lineBreaksAsSpaces ? text.ReplaceLineEndings(" ").Trim() : text)
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
