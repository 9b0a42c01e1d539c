using StencilBench.Harness.Results;

namespace StencilBench.Tests.Measurement;

/// <summary>Run folders are never shared, results/latest is replaced in one step and points at a run from its start.</summary>
public sealed class RunFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-folders-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_second_run_with_the_same_id_gets_its_own_folder() =>
        Assert.Equal(["run", "run-2", "run-3"], [ResultsDirectory.Create(_dir, "run"), ResultsDirectory.Create(_dir, "run"), ResultsDirectory.Create(_dir, "run")]);

    [Fact]
    public void Marking_latest_leaves_no_temporary_link_behind()
    {
        ResultsDirectory.Create(_dir, "a");
        ResultsDirectory.MarkLatest(_dir, "a");
        ResultsDirectory.MarkLatest(_dir, "a");
        Assert.Equal(["a", ResultsDirectory.Latest], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_run_is_latest_from_its_start()
    {
        var session = RunSession.Start(_dir, TinyRun.Metadata("started", "s"));
        Assert.Equal(session.Metadata.RunId, new DirectoryInfo(Path.Combine(_dir, ResultsDirectory.Latest)).LinkTarget);
    }

    [Fact]
    public void A_run_is_unfinished_until_its_measuring_returns() =>
        Assert.False(RunStatus.IsFinished(RunSession.Start(_dir, TinyRun.Metadata("started", "s")).Directory));

    [Fact]
    public void A_run_whose_measuring_returns_is_finished()
    {
        var session = RunSession.Start(_dir, TinyRun.Metadata("done", "s"));
        session.Measure(_ => []);
        Assert.True(RunStatus.IsFinished(session.Directory));
    }
}
