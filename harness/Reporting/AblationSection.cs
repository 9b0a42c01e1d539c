using System.Text;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Reporting;

/// <summary>
/// "What each of the talk's technical goals buys": every ablation variant in the run against the
/// strategy it varies, in code speed and in codegen speed, each paired within the run's passes.
/// Empty when the run has no variant (run with <c>-b ablation</c>).
/// </summary>
public static class AblationSection
{
    public static string Write(ResultSet set, BackendLineup lineup)
    {
        var variants = AblationGoals.In(set.Backends, lineup).Where(v => set.Backends.Contains(v.Base)).ToList();
        if (variants.Count == 0)
        {
            return "";
        }
        var sb = new StringBuilder();
        sb.AppendLine("## What each of the talk's technical goals buys (ablation)");
        sb.AppendLine();
        sb.AppendLine("Each variant changes one switch of the strategy it varies (several: \"all together\"). " +
            "Code speed = the strategy's time / the variant's time; codegen speed = the strategy's codegen time / the variant's; " +
            "above 1× the switch makes it faster. Both are paired within round-robin passes: geometric mean over workloads " +
            "of the per-workload medians, with a 95% bootstrap interval.");
        sb.AppendLine();
        var table = new MarkdownTable("variant", "the talk's goal", "code speed vs strategy [95% CI]", "codegen speed vs strategy [95% CI]",
            "code bytes/uop (strategy → variant)", "speed-up over interp [95% CI]");
        foreach (var v in variants)
        {
            var code = RatioAnalysis.Compute(set, Kinds.Execution, v.Base, v.Name);
            var codegen = RatioAnalysis.Compute(set, Kinds.Codegen, v.Base, v.Name);
            var interp = RatioAnalysis.Compute(set, Kinds.Execution, lineup.Reference, v.Name);
            table.Add(
                v.Name,
                v.Goal,
                Numbers.RatioCi(code.GeoMean, code.Low, code.High),
                Numbers.RatioCi(codegen.GeoMean, codegen.Low, codegen.High),
                $"{Numbers.Sig(BytesPerUop(set, v.Base))} → {Numbers.Sig(BytesPerUop(set, v.Name))}",
                Numbers.RatioCi(interp.GeoMean, interp.Low, interp.High));
        }
        sb.Append(table);
        sb.AppendLine();
        sb.Append(PerWorkload(set, variants));
        return sb.ToString();
    }

    /// <summary>Code speed against the strategy, per workload and variant (median of paired ratios).</summary>
    private static string PerWorkload(ResultSet set, IReadOnlyList<AblationVariant> variants)
    {
        var figures = variants.Select(v => RatioAnalysis.Compute(set, Kinds.Execution, v.Base, v.Name)).ToList();
        var workloads = figures.SelectMany(f => f.PerWorkload.Select(w => (w.Workload, w.Params))).Distinct().ToList();
        var table = new MarkdownTable(["workload", .. variants.Select(v => v.Name)]);
        foreach (var (workload, parameters) in workloads)
        {
            table.Add([workload, .. figures.Select(f =>
                f.PerWorkload.FirstOrDefault(w => w.Workload == workload && w.Params == parameters) is { } w
                    ? Numbers.RatioCi(w.Median, w.Low, w.High)
                    : "–")]);
        }
        return "Code speed against the strategy, per workload:" + Environment.NewLine + Environment.NewLine + table;
    }

    /// <summary>Geometric mean over workloads of code bytes per uop.</summary>
    public static double BytesPerUop(ResultSet set, string backend) =>
        GeometricMean.Of(set.Ok(Kinds.Codegen).Where(r => r.Backend == backend && r.Uops > 0 && r.CodeBytes > 0).Select(r => (double)r.CodeBytes / r.Uops));
}
