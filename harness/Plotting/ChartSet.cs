using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Plotting;

/// <summary>Every chart of one run, written as PNG, SVG and PDF into a folder.</summary>
public static class ChartSet
{
    /// <returns>The PNG paths written.</returns>
    public static IReadOnlyList<string> Write(ResultSet set, BackendLineup lineup, string folder, string? breakEvenWorkload)
    {
        var written = new List<string>();
        if (set.Ok(Kinds.Codegen).Any())
        {
            written.Add(ChartStyle.Save(CodegenPerUopChart.Build(set, lineup), folder, CodegenPerUopChart.Name));
            written.Add(ChartStyle.Save(CodeBytesChart.Build(set, lineup), folder, CodeBytesChart.Name));
        }
        if (set.Ok(Kinds.Execution).Any())
        {
            written.Add(ChartStyle.Save(SpeedupChart.Build(set, lineup), folder, SpeedupChart.Name));
            written.Add(ChartStyle.Save(BreakEvenChart.Build(set, lineup, breakEvenWorkload), folder, BreakEvenChart.Name));
            if (AblationChart.Variants(set, lineup).Count > 0)
            {
                written.Add(ChartStyle.Save(AblationChart.Build(set, lineup), folder, AblationChart.Name));
            }
            if (SpeedupBySizeChart.Points(set, lineup).Count > 0)
            {
                written.Add(ChartStyle.Save(SpeedupBySizeChart.Build(set, lineup), folder, SpeedupBySizeChart.Name));
            }
        }
        if (set.Ok(Kinds.CodegenScaling).Any())
        {
            written.Add(ChartStyle.Save(CodegenScalingChart.Build(set, lineup), folder, CodegenScalingChart.Name));
        }
        if (set.Ok(Kinds.TargetCodegen).Any())
        {
            written.Add(ChartStyle.Save(TargetChart.Codegen(set, lineup), folder, TargetChart.CodegenName));
            written.Add(ChartStyle.Save(TargetChart.Bytes(set, lineup), folder, TargetChart.BytesName));
        }
        return written;
    }
}
