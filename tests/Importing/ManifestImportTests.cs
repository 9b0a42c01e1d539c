using StencilBench.Harness.Cli;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Importing;

/// <summary>The imported CPython executors in the manifest: seen by name, group and tag, left out of the default matrix.</summary>
public class ManifestImportTests
{
    private static readonly string Imported = Path.Combine(TestPaths.RepositoryRoot, "workloads", "cpython", "imported");

    [Fact]
    public void Every_imported_executor_and_graph_is_in_the_cpython_group()
    {
        int files = Directory.GetFiles(Imported, "*.uops").Length + Directory.GetFiles(Path.Combine(Imported, "..", "graphs"), "*.uops").Length;
        Assert.Equal(files, Selection.Workloads(WorkloadCatalog.Load(), ["cpython"]).Count);
    }

    [Fact]
    public void The_default_matrix_leaves_the_imported_executors_out() =>
        Assert.DoesNotContain(Selection.Workloads(WorkloadCatalog.Load(), null), w => w.Group == "cpython");

    [Fact]
    public void The_default_matrix_keeps_every_hand_written_workload() =>
        Assert.Equal(WorkloadCatalog.Load().All.Count(w => w.Group != "cpython"), Selection.Workloads(WorkloadCatalog.Load(), null).Count);
}
