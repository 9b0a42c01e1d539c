using System.Text;
using StencilBench.Harness.Reporting;

namespace StencilBench.Harness.Comparing;

/// <summary>The comparison as Markdown: the verdict, warnings, geometric means, then every figure (regressions first), missing and exact figures.</summary>
public static class ComparisonMarkdown
{
    public static string Write(ComparisonResult result, string nameA, string nameB, IReadOnlyList<string>? warnings = null)
    {
        var o = result.Options;
        var sb = new StringBuilder();
        sb.AppendLine($"# compare: B = {nameB} against A = {nameA}");
        sb.AppendLine();
        string kinds = o.Kinds.Count == 0 ? "deterministic figures only" : string.Join(", ", o.Kinds);
        string minSpeed = o.MinSpeed > 0 ? FormattableString.Invariant($", and a change of at least {o.MinSpeed:0.#%}") : "";
        sb.AppendLine(FormattableString.Invariant(
            $"Kinds: {kinds}. Significant: two-sided Mann-Whitney U on the raw samples, p < {o.Alpha}{minSpeed}. ") +
            FormattableString.Invariant($"Regression: a backend's geometric mean over the workloads slower than A's by more than {1 + o.Threshold:0.00}×") +
            (o.PerWorkload ? FormattableString.Invariant($", or one workload's figure significant and slower by more than {1 + o.Threshold:0.00}×. ") : " (single workloads over it are listed, not gated; --per-workload gates them). ") +
            "Deterministic figures (code bytes, uops, instructions per iteration) must match exactly; every figure of A must be in B.");
        sb.AppendLine();
        foreach (string w in warnings ?? [])
        {
            sb.AppendLine($"> {w}");
            sb.AppendLine();
        }
        sb.AppendLine(result.FailureLine is string why
            ? $"**FAIL**: {why}."
            : $"**OK**: {result.Timings.Count} timed figures with no regression past the threshold{result.NotGated}, {result.ExactCompared} exact figures (code bytes and uops, instructions per iteration) unchanged.");
        sb.AppendLine();
        if (result.GeoMeans.Count > 0)
        {
            var geo = new MarkdownTable("kind", "backend", "workloads", "geometric mean over workloads", "");
            foreach (var g in result.GeoMeans)
            {
                geo.Add(g.Kind, g.Backend, g.Workloads.ToString(System.Globalization.CultureInfo.InvariantCulture), Direction(g.GeoMean), g.Regression ? "**REGRESSION**" : "");
            }
            sb.AppendLine(geo.ToString());
        }
        if (result.Timings.Count > 0)
        {
            var table = new MarkdownTable("kind", "workload", "params", "backend", "unit", "A median [95% CI]", "B median [95% CI]", "p", "verdict", "");
            foreach (var t in result.Timings.OrderByDescending(t => t.OverThreshold).ThenByDescending(t => t.Slowdown))
            {
                table.Add(t.Key.Kind, t.Key.Workload, t.Key.Params, t.Key.Backend, t.Unit,
                    Numbers.ValueCi(t.A.Median, t.A.CiLow, t.A.CiHigh), Numbers.ValueCi(t.B.Median, t.B.CiLow, t.B.CiHigh),
                    TimingComparison.FormatP(t.PValue), t.Verdict, t.Regression ? "**REGRESSION**" : t.OverThreshold ? "over threshold (not gated)" : "");
            }
            sb.AppendLine(table.ToString());
        }
        if (result.Missing.Count > 0)
        {
            var missing = new MarkdownTable("kind", "workload", "params", "backend", "why");
            foreach (var m in result.Missing)
            {
                missing.Add(m.Key.Kind, m.Key.Workload, m.Key.Params, m.Key.Backend, m.Why);
            }
            sb.AppendLine("## Figures of A missing in B");
            sb.AppendLine();
            sb.AppendLine(missing.ToString());
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

    /// <summary>A slowdown in words: "B slower by 1.08×", "B faster by 1.10×".</summary>
    private static string Direction(double slowdown) =>
        double.IsNaN(slowdown) ? "–" : slowdown >= 1 ? $"B slower by {Numbers.Ratio(slowdown)}" : $"B faster by {Numbers.Ratio(1 / slowdown)}";
}
