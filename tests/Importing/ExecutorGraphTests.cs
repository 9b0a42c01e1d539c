using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Core.Traces;
using StencilBench.Tests.Differential;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Importing;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Importing;

/// <summary>
/// Executor graphs: the committed graphs (collatz@134 exits into collatz@80, nested_sum@50 into
/// nested_sum@102) run as one on every backend to python3's state, and the importer writes exactly
/// the committed files.
/// </summary>
public class ExecutorGraphTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "workloads", "cpython");

    private static readonly string GraphFile = Path.Combine(Folder, "graphs", "collatz.uops");

    public static TheoryData<string, string> BackendsAndGraphs()
    {
        var data = new TheoryData<string, string>();
        foreach (string backend in JitBackends.Names().Prepend("interp"))
        {
            data.Add(backend, "collatz.uops");
            data.Add(backend, "nested_sum.uops");
        }
        return data;
    }

    private static string GraphText(string file) => File.ReadAllText(Path.Combine(Folder, "graphs", file));

    private static IBackend Backend(string name) => name == "interp" ? new InterpBackend() : JitBackends.Get(name);

    private static Workload Graph(string text) => TraceFileParser.Parse(text, "collatz.uops").Instantiate();

    [Theory]
    [InlineData("dump.json", "collatz@134", "collatz")]
    [InlineData("dump_more.json", "nested_sum@50", "nested_sum")]
    public void The_committed_dump_imports_to_the_committed_graph_with_no_edits(string dumpName, string entry, string kernel)
    {
        string dump = Path.Combine(Folder, dumpName);
        TraceHeader header = TraceHeader.FromFile(File.ReadAllText(Path.Combine(Folder, "headers", kernel)));
        ImportedTrace t = GraphImporter.Import(ExecutorDump.Parse(File.ReadAllText(dump), dumpName), dump, entry, header);
        Assert.Equal((GraphText(kernel + ".uops"), (string?)null), (t.Text, t.ToFill));
    }

    [Theory]
    [MemberData(nameof(BackendsAndGraphs))]
    public void A_graph_runs_its_executors_as_one_to_pythons_state(string backend, string file)
    {
        Workload w = Graph(GraphText(file));
        RunResult result = TraceRunner.Run(Backend(backend), w.Trace);
        Assert.Empty(w.Expectation.Check(result.Outcome));
        Assert.Equal(0, result.LeakedObjects);
    }

    [Theory]
    [MemberData(nameof(BackendsAndGraphs))]
    public void A_graph_gives_the_interpreters_outcome_and_counts(string backend, string file)
    {
        Workload w = Graph(GraphText(file));
        RunResult interp = TraceRunner.Run(new InterpBackend(), w.Trace);
        RunResult actual = TraceRunner.Run(Backend(backend), w.Trace);
        Assert.Null(actual.DifferenceFrom(interp));
    }

    [Fact]
    public void The_entry_alone_leaves_where_the_next_executor_starts()
    {
        Workload w = Graph(File.ReadAllText(GraphFile));
        RunResult alone = TraceRunner.Run(new InterpBackend(), w.Trace with { Executors = [] });
        Assert.Equal((ExitKind.Exit, 40L), (alone.Outcome.Exit, alone.Outcome.InstrPtr));
    }

    [Fact]
    public void An_exit_to_no_executor_leaves_the_graph()
    {
        Workload w = Graph(File.ReadAllText(GraphFile).Replace("trace @80:", "trace @82:", StringComparison.Ordinal));
        RunResult result = TraceRunner.Run(new InterpBackend(), w.Trace);
        Assert.Equal((ExitKind.Exit, 40L), (result.Outcome.Exit, result.Outcome.InstrPtr));
    }

    [Fact]
    public void A_graph_counts_the_uops_of_every_executor() =>
        Assert.Equal(41 + 41, Graph(File.ReadAllText(GraphFile)).Trace.GraphInstructionCount);

    [Fact]
    public void Every_executor_of_a_graph_has_the_frame_of_the_deepest()
    {
        Trace t = Graph(File.ReadAllText(GraphFile)).Trace;
        Assert.All(t.Executors, e => Assert.Equal(t.Capacity, e.Capacity));
    }
}
