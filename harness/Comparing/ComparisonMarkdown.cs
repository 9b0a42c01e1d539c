using System.Globalization;
using System.Text;
using StencilBench.Harness.Reporting;

namespace StencilBench.Harness.Comparing;

/// <summary>The comparison as Markdown: regressions first, then every figure, geometric means, exact figures.</summary>
public static class ComparisonMarkdown
{
    public static string Write(ComparisonResult result, string nameA, string nameB)
    {
        var o = result.Options;
        var sb = new StringBuilder();
        sb.AppendLine($"# compare: {nameB} against {nameA}");
        sb.AppendLine();
        sb.AppendLine(string.Format(CultureInfo.InvariantCulture,
            "Significant: two-sided Mann-Whitney U on the raw samples, p < {0}. Regression: significant and more than {1:0%} worse. " +
            "Deterministic figures (code bytes, uops) must match exactly.", o.Alpha, o.Threshold));
        sb.AppendLine();
        sb.AppendLine(result.Failed
            ? $"**FAIL**: {result.Regressions.Count} timing regressions, {result.Changed.Count} deterministic figures changed."
            : "**OK**: no regression past the threshold, deterministic figures unchanged.");
        sb.AppendLine();
        if (result.GeoMeans.Count > 0)
        {
            var geo = new MarkdownTable("kind", "backend", "geometric mean (B worse by)");
            foreach (var g in result.GeoMeans)
            {
                geo.Add(g.Kind, g.Backend, Numbers.Ratio(g.GeoMean));
            }
            sb.AppendLine(geo.ToString());
        }
        if (result.Timings.Count > 0)
        {
            var table = new MarkdownTable("kind", "workload", "params", "backend", "A median", "B median", "p", "verdict", "");
            foreach (var t in result.Timings.OrderByDescending(t => t.Regression).ThenByDescending(t => t.Slowdown))
            {
                table.Add(t.Key.Kind, t.Key.Workload, t.Key.Params, t.Key.Backend, Numbers.Sig(t.MedianA), Numbers.Sig(t.MedianB),
                    t.PValue.ToString("0.####", CultureInfo.InvariantCulture), t.Verdict, t.Regression ? "**REGRESSION**" : "");
            }
            sb.AppendLine(table.ToString());
        }
        if (result.Exact.Count > 0)
        {
            var exact = new MarkdownTable("figure", "workload", "params", "backend", "A", "B");
            foreach (var e in result.Exact)
            {
                exact.Add(e.Figure, e.Key.Workload, e.Key.Params, e.Key.Backend, e.A, e.B);
            }
            sb.AppendLine("## Deterministic figures that differ");
            sb.AppendLine();
            sb.AppendLine(exact.ToString());
        }
        return sb.ToString().TrimEnd() + Environment.NewLine;
    }
}
