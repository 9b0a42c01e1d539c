using StencilBench.Harness.Backends;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;

namespace StencilBench.Tests.Measurement;

public sealed class ReportTests
{
    private static ResultSet CodegenRatio(double ratio) => new CraftedRuns()
        .Figure(Kinds.Codegen, "w", "copy-and-patch", CraftedRuns.Around(100))
        .Figure(Kinds.Codegen, "w", "template", CraftedRuns.Around(100 * ratio))
        .Build();

    private static PaperClaim TemplateCodegen => PaperClaims.AgainstOthers.First(c => c.Baseline == "template" && c.Metric == ClaimMetric.Codegen);

    [Fact]
    public void Paired_ratio_is_other_time_over_copy_and_patch_time() =>
        Assert.Equal(5.5, RatioAnalysis.Compute(CodegenRatio(5.5), Kinds.Codegen, "template", "copy-and-patch").GeoMean, 6);

    [Fact]
    public void A_ratio_inside_the_claimed_range_holds() =>
        Assert.StartsWith("holds", ClaimVerdict.Of(TemplateCodegen, ClaimsSection.Measure(CodegenRatio(5.5), TemplateCodegen), null));

    [Fact]
    public void A_ratio_below_the_claimed_range_does_not_hold() =>
        Assert.Contains("does not hold", ClaimVerdict.Of(TemplateCodegen, ClaimsSection.Measure(CodegenRatio(2), TemplateCodegen), null));

    [Fact]
    public void A_missing_backend_cannot_be_checked() =>
        Assert.Contains("llvm-O2 | LLVM -O2 | codegen speed | – | 1083–1435× faster | – | 0 | cannot be checked here", ReportWriter.Write(CodegenRatio(5.5), new BackendRegistry().Lineup));
}
