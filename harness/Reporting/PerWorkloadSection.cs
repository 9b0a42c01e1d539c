using System.Text;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Reporting;

/// <summary>Per workload: copy-and-patch's codegen and code-speed ratio against each other backend.</summary>
public static class PerWorkloadSection
{
    public static string Write(ResultSet set, BackendLineup lineup)
    {
        var sb = new StringBuilder();
        sb.AppendLine("## Per workload");
        sb.AppendLine();
        sb.AppendLine("Each cell: other / copy-and-patch time, median of paired ratios [95% order-statistic CI].");
        sb.AppendLine();
        var others = lineup.Ordered(set.Backends).Where(b => b != PaperClaims.Subject).ToList();
        // The reference compiles nothing, so only its code speed is compared.
        var figures = others.SelectMany(b => new[]
        {
            (Header: $"{b} codegen", Figure: lineup.IsReference(b) ? null : RatioAnalysis.Compute(set, Kinds.Codegen, b, PaperClaims.Subject)),
            (Header: $"{b} code", Figure: RatioAnalysis.Compute(set, Kinds.Execution, b, PaperClaims.Subject)),
        }).Where(f => f.Figure is { IsEmpty: false }).Select(f => (f.Header, Figure: f.Figure!)).ToList();
        if (figures.Count == 0)
        {
            sb.AppendLine("_No copy-and-patch figures in this run._");
            return sb.ToString();
        }
        var table = new MarkdownTable(["workload", .. figures.Select(f => f.Header)]);
        foreach (string w in figures.SelectMany(f => f.Figure.PerWorkload.Select(p => p.Workload)).Distinct())
        {
            table.Add([w, .. figures.Select(f => f.Figure.PerWorkload.FirstOrDefault(p => p.Workload == w) is { } p ? Numbers.RatioCi(p.Median, p.Low, p.High) : "–")]);
        }
        table.Add(["**geometric mean**", .. figures.Select(f => Numbers.RatioCi(f.Figure.GeoMean, f.Figure.Low, f.Figure.High))]);
        sb.Append(table);
        return sb.ToString();
    }
}
