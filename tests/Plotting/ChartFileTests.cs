using StencilBench.Harness.Backends;
using StencilBench.Harness.Plotting;
using StencilBench.Harness.Results;

using StencilBench.Tests.Measurement;

namespace StencilBench.Tests.Plotting;

public sealed class ChartFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-charts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ResultSet Run() => new CraftedRuns()
        .Figure(Kinds.Codegen, "w", "interp", CraftedRuns.Around(10), codeBytes: 0)
        .Figure(Kinds.Codegen, "w", "copy-and-patch", CraftedRuns.Around(1000))
        .Figure(Kinds.Execution, "w", "interp", CraftedRuns.Around(20))
        .Figure(Kinds.Execution, "w", "copy-and-patch", CraftedRuns.Around(10))
        .Build();

    [Fact]
    public void Speedup_chart_is_a_png_of_the_chart_size()
    {
        string png = ChartStyle.Save(SpeedupChart.Build(Run(), new BackendRegistry().Lineup), _dir, "speedup");
        byte[] bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal((ChartStyle.Width, ChartStyle.Height), (BigEndian(bytes, 16), BigEndian(bytes, 20)));
    }

    [Fact]
    public void Chart_set_writes_a_svg_beside_each_png() =>
        Assert.All(ChartSet.Write(Run(), new BackendRegistry().Lineup, _dir, null), png => Assert.True(File.Exists(Path.ChangeExtension(png, ".svg"))));

    [Fact]
    public void Chart_set_writes_a_pdf_beside_each_png() =>
        Assert.All(ChartSet.Write(Run(), new BackendRegistry().Lineup, _dir, null),
            png => Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(Path.ChangeExtension(png, ".pdf"))[..5]));

    [Fact]
    public void Chart_set_leaves_no_partial_file() =>
        Assert.Empty(ChartSet.Write(Run(), new BackendRegistry().Lineup, _dir, null).Select(Path.GetDirectoryName).Distinct()
            .SelectMany(d => Directory.GetFiles(d!, "*.partial")));

    private static int BigEndian(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
}
