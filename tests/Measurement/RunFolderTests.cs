using StencilBench.Harness.Results;

namespace StencilBench.Tests.Measurement;

/// <summary>Run folders are never shared, and results/latest is replaced in one step.</summary>
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
}
