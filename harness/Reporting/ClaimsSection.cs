using System.Text;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Reporting;

/// <summary>The headline: each claim of the talk and the paper beside what this run measured.</summary>
public static class ClaimsSection
{
    public static string Write(ResultSet set, BackendLineup lineup)
    {
        var sb = new StringBuilder();
        sb.AppendLine("## Copy-and-patch against the others: the claims and this run");
        sb.AppendLine();
        sb.AppendLine("Ratio = the other backend's time / copy-and-patch's time, so above 1× copy-and-patch is faster. " +
            "Measured = geometric mean over workloads of the per-workload median of ratios of samples taken in the same " +
            "round-robin pass, with a 95% bootstrap interval. A claim holds when that interval meets the claimed range.");
        sb.AppendLine();
        sb.AppendLine($"The paper's Liftoff claims are checked twice. First against `{PaperClaims.LiftoffAnalog}`: the template JIT's " +
            "templates with the value stack's pointer in the frame, read by every uop and written back by every uop that moves it, " +
            "nothing kept in registers across uops (Liftoff's one pass without its register cache). Then against `template`, a second, " +
            "stated comparison: the same templates with the stack pointer in a register and its updates deferred to where the code joins. " +
            "V8's Liftoff itself addresses its value stack at offsets from the frame pointer fixed when it compiles (as `template` does between joins) " +
            "and adds a register cache on top, so `template-liftoff` is weaker than Liftoff: the first verdict is the reading most favourable to " +
            "copy-and-patch, the second the less favourable.");
        sb.AppendLine();
        var table = new MarkdownTable("against", "stands for", "figure", "talk", "paper", "measured here [95% CI]", "workloads", "verdict");
        foreach (var claim in PaperClaims.Against(lineup.Reference))
        {
            var figure = Measure(set, claim);
            table.Add(
                claim.Baseline,
                claim.Stands,
                claim.Metric == ClaimMetric.Codegen ? "codegen speed" : "code speed",
                claim.Talk,
                claim.Paper,
                Numbers.RatioCi(figure.GeoMean, figure.Low, figure.High),
                figure.PerWorkload.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ClaimVerdict.Of(claim, figure, Missing(set, claim)));
        }
        sb.Append(table);
        sb.Append(AloneSection(set, lineup));
        return sb.ToString();
    }

    /// <summary>The codegen claims again with codegen measured alone and warm, as the paper measures it, beside the in-context figure above.</summary>
    private static string AloneSection(ResultSet set, BackendLineup lineup)
    {
        var table = new MarkdownTable("against", "codegen in context (interleaved) [95% CI]", "codegen alone, warm [95% CI]", "paper");
        foreach (var claim in PaperClaims.Against(lineup.Reference).Where(c => c.Metric == ClaimMetric.Codegen))
        {
            var alone = RatioAnalysis.Compute(set, Kinds.CodegenAlone, claim.Baseline, PaperClaims.Subject);
            if (!alone.IsEmpty)
            {
                var context = Measure(set, claim);
                table.Add(claim.Baseline, Numbers.RatioCi(context.GeoMean, context.Low, context.High), Numbers.RatioCi(alone.GeoMean, alone.Low, alone.High), claim.Paper);
            }
        }
        return table.Count == 0 ? "" : Environment.NewLine + "Codegen in context (samples interleaved with the other backends', as the verdicts above use) " +
            "and alone (each backend warmed up, then sampled with no other in between: the paper's way):" + Environment.NewLine + Environment.NewLine + table;
    }

    public static RatioFigure Measure(ResultSet set, PaperClaim claim) =>
        RatioAnalysis.Compute(set, claim.Metric == ClaimMetric.Codegen ? Kinds.Codegen : Kinds.Execution, claim.Baseline, PaperClaims.Subject);

    /// <summary>Why a claim cannot be checked: which backend this run lacks, and its note.</summary>
    private static string? Missing(ResultSet set, PaperClaim claim)
    {
        foreach (string b in new[] { claim.Baseline, PaperClaims.Subject })
        {
            if (!set.Rows.Any(r => r.Backend == b && r.Status == "ok" && r.Kind is Kinds.Codegen or Kinds.Execution))
            {
                var note = set.Rows.FirstOrDefault(r => r.Backend == b && r.Note.Length > 0)?.Note;
                return note is null ? $"no {b} figures in this run" : $"{b}: {note}";
            }
        }
        return null;
    }
}
