using System.Numerics;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Workloads;

/// <summary>The shipped workloads: each parses, verifies and ends by a side exit it expects.</summary>
public class WorkloadFileTests
{
    public static TheoryData<string> Names() => new(WorkloadCatalog.Load().All.Select(d => d.Name));

    [Fact]
    public void Catalog_lists_every_trace_file_of_the_trace_folders_once()
    {
        string workloads = Path.Combine(TestPaths.RepositoryRoot, "workloads");
        var onDisk = new[] { "traces", "cpython/imported", "cpython/graphs" }
            .SelectMany(f => Directory.GetFiles(Path.Combine(workloads, f), "*.uops")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var listed = WorkloadCatalog.Load().All.Select(d => Path.GetFileName(d.File)).Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, listed);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Workload_parses_and_verifies_at_its_default_sizes(string name)
    {
        Workload w = WorkloadCatalog.Load().Get(name).Instantiate();
        Assert.True(w.Trace.MainLength > 0);
        Assert.True(w.Iterations > 0);
        Assert.Equal(ExitKind.Exit, w.Expectation.Exit);
        Assert.NotNull(w.Expectation.InstrPtr);
        Assert.NotEmpty(w.Expectation.Locals);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Workload_has_a_group_and_tags(string name)
    {
        WorkloadDefinition d = WorkloadCatalog.Load().Get(name);
        Assert.NotEqual("", d.Group);
        Assert.NotEmpty(d.Tags!);
    }

    [Fact]
    public void Fibonacci_expects_fib_100_at_n_100() =>
        Assert.Equal(new StencilBench.Core.Values.IntValue(BigInteger.Parse("354224848179261915075")),
            WorkloadCatalog.Load().Get("fibonacci").Instantiate().Expectation.Locals.Single(l => l.Name == "a").Value);

    [Fact]
    public void Size_conditioned_expectations_drop_out_at_other_sizes()
    {
        Workload w = WorkloadCatalog.Load().Get("fibonacci").Instantiate(new Dictionary<string, BigInteger> { ["n"] = 10 });
        Assert.Equal(10, w.Iterations);
        Assert.DoesNotContain(w.Expectation.Locals, l => l.Name == "a");
    }

    [Fact]
    public void Unknown_param_is_rejected_with_the_known_ones() =>
        Assert.Equal("fibonacci.uops:1:1: error: unknown param 'm' for workload 'fibonacci' (its params: n)",
            Assert.Throws<TraceException>(() => WorkloadCatalog.Load().Get("fibonacci")
                .Instantiate(new Dictionary<string, BigInteger> { ["m"] = 1 })).Message);

    [Fact]
    public void Unknown_workload_lists_the_known_ones() =>
        Assert.StartsWith("workloads: error: unknown workload 'fib' (known: fibonacci, while_loop",
            Assert.Throws<TraceException>(() => WorkloadCatalog.Load().Get("fib")).Message);

    [Fact]
    public void Selection_by_group_finds_exactly_its_members_in_manifest_order()
    {
        var catalog = WorkloadCatalog.Load();
        foreach (string group in catalog.All.Select(d => d.Group).Distinct())
        {
            Assert.Equal(catalog.All.Where(d => d.Group == group).Select(d => d.Name), catalog.Select(group).Select(d => d.Name));
        }
    }

    [Fact]
    public void Selection_by_tag_finds_exactly_its_members_in_manifest_order()
    {
        var catalog = WorkloadCatalog.Load();
        foreach (string tag in catalog.All.SelectMany(d => d.Tags!).Distinct().Where(t => catalog.All.All(d => d.Name != t && d.Group != t)))
        {
            Assert.Equal(catalog.All.Where(d => d.Tags!.Contains(tag)).Select(d => d.Name), catalog.Select(tag).Select(d => d.Name));
        }
    }

    [Fact]
    public void Expectation_reports_each_mismatch_on_one_line()
    {
        Workload w = WorkloadCatalog.Load().Get("while_loop").Instantiate(new Dictionary<string, BigInteger> { ["n"] = 3 });
        var outcome = new Outcome(ExitKind.Deopt, 7, ErrorKind.None,
            [new StencilBench.Core.Values.IntValue(3), new StencilBench.Core.Values.IntValue(3), new StencilBench.Core.Values.IntValue(5)], []);
        Assert.Equal(["exit: expected exit, got deopt", "target: expected 30, got 7", "local 'total': expected 6, got 5"], w.Expectation.Check(outcome));
    }
}
