using StencilBench.Harness.Cli;
using StencilBench.Harness.Results;
using StencilBench.Harness.Verbs;

namespace StencilBench.Tests.Plotting;

public sealed class PlotVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-plotverb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Error) Plot(params string[] extra)
    {
        using (var w = new RowWriter<SummaryRow>(Path.Combine(_dir, ResultsDirectory.SummaryFile)))
        {
            foreach (var row in new ChartRuns().Execution("a", "interp", 20).Execution("a", "copy-and-patch", 10, speedup: 2).Build().Rows)
            {
                w.Write(row);
            }
        }
        var stderr = Console.Error;
        var captured = new StringWriter();
        try
        {
            Console.SetError(captured);
            return (CliApp.Run(["plot", _dir, "-o", Path.Combine(_dir, "charts"), .. extra], [PlotVerb.Create()]), captured.ToString());
        }
        finally
        {
            Console.SetError(stderr);
        }
    }

    [Fact]
    public void An_unknown_workload_is_a_usage_error() => Assert.Equal(CliApp.UsageError, Plot("-w", "nosuch").Code);

    [Fact]
    public void An_unknown_workload_is_one_line_naming_it() =>
        Assert.Matches("^stencilbench: plot -w nosuch: .* has no execution figure of workload 'nosuch' \\(it has: a\\)\r?\n$", Plot("-w", "nosuch").Error);

    [Fact]
    public void An_unknown_workload_writes_no_chart()
    {
        Plot("-w", "nosuch");
        Assert.False(Directory.Exists(Path.Combine(_dir, "charts")));
    }
}
