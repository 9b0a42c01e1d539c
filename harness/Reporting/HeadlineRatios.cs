using StencilBench.Harness.Results;

namespace StencilBench.Harness.Reporting;

/// <summary>One headline ratio of a run, named as the report names it.</summary>
public sealed record HeadlineFigure(string Name, RatioFigure Figure);

/// <summary>
/// The ratios a run's report leads with: every claim's ratio (another backend's codegen or code
/// time over copy-and-patch's) and every backend's speed-up over the reference, each as the
/// geometric mean over workloads with its 95% interval.
/// </summary>
public static class HeadlineRatios
{
    public static IReadOnlyList<HeadlineFigure> Of(ResultSet set, string reference)
    {
        var figures = new List<HeadlineFigure>();
        foreach (var claim in PaperClaims.Against(reference))
        {
            string what = claim.Metric == ClaimMetric.Codegen ? "codegen" : "code";
            figures.Add(new($"{claim.Baseline} / {PaperClaims.Subject} {what} time{(claim.Metric == ClaimMetric.Codegen ? " (in context)" : "")}", ClaimsSection.Measure(set, claim)));
            if (claim.Metric == ClaimMetric.Codegen)
            {
                figures.Add(new($"{claim.Baseline} / {PaperClaims.Subject} codegen time (alone, warm)", RatioAnalysis.Compute(set, Kinds.CodegenAlone, claim.Baseline, PaperClaims.Subject)));
            }
        }
        foreach (string backend in set.Backends.Where(b => b != reference && b != PaperClaims.Subject))
        {
            figures.Add(new($"{backend} speed-up over {reference}", RatioAnalysis.Compute(set, Kinds.Execution, reference, backend)));
        }
        return [.. figures.Where(f => !f.Figure.IsEmpty)];
    }
}
