using StencilBench.Harness.Cli;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Workloads;

/// <summary>A malformed trace file listed in the manifest is reported once and skipped; the others load.</summary>
public sealed class CatalogIsolationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sb-catalog-" + Guid.NewGuid().ToString("N"));

    public CatalogIsolationTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "traces"));
        File.Copy(Path.Combine(WorkloadCatalog.DefaultDirectory, "traces", "fibonacci.uops"), Path.Combine(_dir, "traces", "fibonacci.uops"));
        File.WriteAllText(Path.Combine(_dir, "traces", "broken.uops"), "name: broken\nlocals: a = (((1\ntrace:\n    _EXIT_TRACE\n");
        File.WriteAllText(Path.Combine(_dir, "manifest.txt"),
            "broken traces/broken.uops int\nfibonacci traces/fibonacci.uops int\nmissing traces/missing.uops int\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (WorkloadCatalog Catalog, string[] Report) Load()
    {
        var report = new StringWriter();
        WorkloadCatalog catalog = WorkloadCatalog.Load(_dir, report);
        return (catalog, report.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_broken_listed_file_is_reported_in_one_line() =>
        Assert.Equal("skipped workload 'broken': broken.uops:2:17: error: expected ',', found end of line", Load().Report[0]);

    [Fact]
    public void A_missing_listed_file_is_reported_in_one_line() =>
        Assert.Equal("skipped workload 'missing': manifest.txt:3:1: error: trace file 'traces/missing.uops' not found", Load().Report[1]);

    [Fact]
    public void Each_skipped_workload_is_reported_once() => Assert.Equal(2, Load().Report.Length);

    [Fact]
    public void The_other_workloads_still_load() =>
        Assert.Equal("fibonacci", Load().Catalog.Get("fibonacci").Instantiate().Name);

    [Fact]
    public void A_trace_file_path_selects_that_file_outside_the_catalog() =>
        Assert.Equal("fibonacci", Selection.Workloads(Load().Catalog, [Path.Combine(_dir, "traces", "fibonacci.uops")]).Single().Name);

    [Fact]
    public void A_missing_trace_file_path_is_a_user_error() =>
        Assert.Equal("no trace file 'nowhere.uops'", Assert.Throws<UserError>(() => Selection.TraceFile("nowhere.uops")).Message);

    [Fact]
    public void A_skipped_workload_asked_for_by_name_says_it_was_skipped_and_why() =>
        Assert.Equal("workloads: error: workload 'broken' was skipped: broken.uops:2:17: error: expected ',', found end of line",
            Assert.Throws<StencilBench.Core.Traces.TraceException>(() => Load().Catalog.Get("broken")).Message);

    [Fact]
    public void A_skipped_workload_selected_by_name_says_it_was_skipped_and_why() =>
        Assert.Equal("workloads: error: workload 'missing' was skipped: manifest.txt:3:1: error: trace file 'traces/missing.uops' not found",
            Assert.Throws<StencilBench.Core.Traces.TraceException>(() => Selection.Workloads(Load().Catalog, ["missing"])).Message);
}
