using StencilBench.Harness.Backends;
using StencilBench.Harness.Plotting;

namespace StencilBench.Tests.Plotting;

public sealed class SpeedupBySizeChartTests
{
    private static readonly BackendLineup Lineup = new BackendRegistry().Lineup;

    private static IReadOnlyList<SpeedupBySizeChart.Point> Points() => SpeedupBySizeChart.Points(new ChartRuns()
        .Codegen("a", "interp", 10, codeBytes: 0)
        .Codegen("a", "copy-and-patch", 1000, codeBytes: 390)
        .Codegen("a", "template", 3000, codeBytes: 410)
        .Execution("a", "interp", 20, speedup: 1)
        .Execution("a", "copy-and-patch", 10, speedup: 2)
        .Execution("a", "template", 8, speedup: 2.5)
        .Build(), Lineup);

    [Fact]
    public void Each_backend_speed_up_is_placed_at_its_own_code_bytes() =>
        Assert.Equal([("copy-and-patch", 390, 2.0), ("template", 410, 2.5)], Points().Select(p => (p.Backend, p.CodeBytes, p.Speedup)));

    [Fact]
    public void The_interpreter_has_no_point() => Assert.DoesNotContain(Points(), p => p.Backend == Lineup.Reference);
}
