using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Format;

/// <summary>
/// Makes every trace error one readable line with a location: control characters escaped
/// (<c>\x07</c>), the problem cut at <see cref="TraceLimits.MaxMessageChars"/> with "…", and an
/// error that names no line given <paramref name="fallback"/>'s.
/// </summary>
internal static class ErrorText
{
    public static TraceException Clean(TraceException e, SourceLocation fallback)
    {
        string problem = e.Problem;
        SourceLocation where = e.Where ?? fallback;
        if (e.Where is null)
        {
            // The exception named a place that is not a file position (a uop by index): keep it in the text.
            string suffix = ": error: " + e.Problem;
            string place = e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : "";
            if (place.Length > 0 && place != fallback.File)
            {
                problem = place + ": " + e.Problem;
            }
        }
        string clean = OneLine(problem);
        return e.Where is not null && clean == e.Problem ? e : new TraceException(where with { File = OneLine(where.File) }, clean);
    }

    /// <summary>The text with control characters (line breaks too) escaped and cut to the limit.</summary>
    public static string OneLine(string text) => Format.OneLine.Of(text, TraceLimits.MaxMessageChars, lineBreaksAsSpaces: false);
}
