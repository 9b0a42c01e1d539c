using StencilBench.Harness.Results;
using StencilBench.Harness.Verbs;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Measurement;

/// <summary>
/// <c>run</c> as a user types it, in a process of its own: a hang probe from a trace file or a
/// catalog of one's own ends as a hang row after --timeout.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class UserRunTests : IDisposable
{
    private static readonly string TestCatalog = Path.Combine(TestPaths.RepositoryRoot, "tests", "Measurement", "traces");
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private readonly string _results = Directory.CreateTempSubdirectory("sb-user-run-").FullName;

    public void Dispose() => Directory.Delete(_results, recursive: true);

    private (int ExitCode, IReadOnlyList<string> Errors) Run(params string[] args)
    {
        using var tool = new CommandLineRun(["run", .. args, "-b", "interp", "--quick", "--no-scaling", "--results", _results]);
        int code = tool.Wait(Limit);
        return (code, tool.Errors);
    }

    private SummaryRow OnlyRow() => Assert.Single(ResultSet.Load(Path.Combine(_results, ResultsDirectory.Latest)).Rows);

    [Fact]
    public void A_hang_probe_given_as_a_trace_file_is_a_hang_row_after_the_timeout()
    {
        var (code, errors) = Run(Path.Combine(TestCatalog, "spin.uops"), "--timeout", "2");
        Assert.Equal(1, code);
        Assert.Contains("spin on interp: HUNG: check: worker killed after 2 s (time limit)", errors);
        Assert.Equal((Kinds.Failure, "hang", "spin"), (OnlyRow().Kind, OnlyRow().Status, OnlyRow().Workload));
    }

    [Fact]
    public void A_hang_probe_in_a_catalog_of_ones_own_is_a_hang_row_after_the_timeout()
    {
        var (code, _) = Run("--catalog", TestCatalog, "-w", "spin", "--timeout", "2");
        Assert.Equal(1, code);
        Assert.Equal(("hang", "check: worker killed after 2 s (time limit)"), (OnlyRow().Status, OnlyRow().Note));
    }

    [Fact]
    public void A_catalog_folder_that_does_not_exist_is_one_line()
    {
        var result = VerbConsole.Run(RunVerb.Create(), "run", "--catalog", Path.Combine(_results, "nowhere"));
        Assert.Equal((2, $"stencilbench: --catalog {Path.Combine(_results, "nowhere")}: no such folder"), (result.ExitCode, result.Errors.Single()));
    }

    [Fact]
    public void A_trace_file_named_as_a_chosen_catalog_workload_is_one_line()
    {
        string file = Path.Combine(WorkloadCatalog.DefaultDirectory, "traces", "fibonacci.uops");
        var result = VerbConsole.Run(RunVerb.Create(), "run", "fibonacci", file, "--results", _results);
        Assert.Equal((2, $"stencilbench: {file}: another chosen workload is also named 'fibonacci'"), (result.ExitCode, result.Errors.Single()));
    }
}
