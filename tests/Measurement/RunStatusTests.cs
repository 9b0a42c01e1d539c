using StencilBench.Harness.Cli;
using StencilBench.Harness.Results;
using StencilBench.Harness.Verbs;

namespace StencilBench.Tests.Measurement;

/// <summary>run.json: whether a run finished, and report saying so when it did not.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RunStatusTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-status-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void WriteRun(bool? finished)
    {
        var metadata = TinyRun.Metadata("r", "s");
        using (var recorder = new RunRecorder(_dir, metadata))
        {
            recorder.Write(new SummaryRow { Kind = Kinds.Failure, Workload = "w", Backend = "interp", Status = "fail", Note = "x" });
        }
        if (finished is bool f)
        {
            new RunStatus("r", f, "2026-01-01T00:00:00Z", f ? "2026-01-01T00:01:00Z" : null).Save(_dir);
        }
    }

    [Fact]
    public void A_run_whose_status_says_unfinished_loads_as_unfinished()
    {
        WriteRun(finished: false);
        Assert.False(ResultSet.Load(_dir).Finished);
    }

    [Fact]
    public void A_run_whose_status_says_finished_loads_as_finished()
    {
        WriteRun(finished: true);
        Assert.True(ResultSet.Load(_dir).Finished);
    }

    [Fact]
    public void A_run_from_before_run_json_counts_as_finished()
    {
        WriteRun(finished: null);
        Assert.True(ResultSet.Load(_dir).Finished);
    }

    [Fact]
    public void Report_of_an_unfinished_run_says_incomplete_run_first()
    {
        WriteRun(finished: false);
        var stdout = Console.Out;
        try
        {
            Console.SetOut(TextWriter.Null);
            CliApp.Run(["report", _dir], [ReportVerb.Create()]);
        }
        finally
        {
            Console.SetOut(stdout);
        }
        Assert.StartsWith("> **incomplete run:", File.ReadAllText(Path.Combine(_dir, "report.md")), StringComparison.Ordinal);
    }
}
