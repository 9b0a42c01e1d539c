using StencilBench.Harness.Cli;
using StencilBench.Harness.Results;
using StencilBench.Harness.Verbs;

namespace StencilBench.Tests.Comparing;

public sealed class CompareVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-compareverb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Folder(string name, ResultSet set)
    {
        string folder = Path.Combine(_dir, name);
        Directory.CreateDirectory(folder);
        using var w = new RowWriter<SummaryRow>(Path.Combine(folder, ResultsDirectory.SummaryFile));
        foreach (var row in set.Rows)
        {
            w.Write(row);
        }
        return folder;
    }

    private (int Code, string Error) Compare(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        var captured = new StringWriter();
        try
        {
            Console.SetOut(TextWriter.Null);
            Console.SetError(captured);
            return (CliApp.Run(["compare", .. args], [CompareVerb.Create()]), captured.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    [Fact]
    public void An_unknown_kind_is_a_usage_error()
    {
        string a = Folder("a", new ComparedRuns().Build());
        Assert.Equal((CliApp.UsageError, "stencilbench: compare --kind bogus: unknown kind (known: speedup, codegen_ratio, codegen, execution)"),
            (Compare(a, a, "--kind", "bogus").Code, Compare(a, a, "--kind", "bogus").Error.TrimEnd()));
    }

    [Fact]
    public void Absolute_codegen_against_another_cpu_is_refused_in_one_line()
    {
        var (code, error) = Compare(Folder("a", new ComparedRuns().Build()), Folder("b", new ComparedRuns { Cpu = "Intel Xeon (2 cores)" }.Build()), "--kind", "codegen");
        Assert.Equal((CliApp.UsageError, 1), (code, error.TrimEnd().Split('\n').Length));
    }

    [Fact]
    public void A_baseline_without_samples_exits_1()
    {
        // summary.csv alone: no samples.csv beside it, so no timed figure can be judged.
        string a = Folder("a", new ComparedRuns().Build());
        Assert.Equal(1, Compare(a, Folder("b", new ComparedRuns { Seed = 1 }.Build())).Code);
    }
}
