using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Tests.Differential;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Importing;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Importing;

/// <summary>
/// The committed CPython 3.14 dump (workloads/cpython/dump.json) and its imports: the importer writes
/// exactly the committed files, and each runs on every backend to the state python3.14 reached.
/// </summary>
public class ImportedExecutorTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "workloads", "cpython");

    private static IEnumerable<string> FileNames() =>
        Directory.GetFiles(Path.Combine(Folder, "imported"), "*.uops").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static TheoryData<string> Files() => new(FileNames());

    public static TheoryData<string, string> FilesAndBackends()
    {
        var data = new TheoryData<string, string>();
        foreach (string backend in JitBackends.Names().Prepend("interp"))
        {
            foreach (string file in FileNames())
            {
                data.Add(backend, file);
            }
        }
        return data;
    }

    /// <summary>Every executor of both committed dumps (all import as dumped).</summary>
    private static IReadOnlyList<ImportedTrace> ImportCommittedDump() =>
        [.. Import("dump.json", _ => true), .. Import("dump_more.json", _ => true)];

    private static IReadOnlyList<ImportedTrace> Import(string name, Func<DumpedExecutor, bool> keep)
    {
        string dump = Path.Combine(Folder, name);
        ExecutorDump read = ExecutorDump.Parse(File.ReadAllText(dump), name);
        return ExecutorImporter.Import(read with { Executors = read.Executors.Where(keep).ToList() }, dump, _ => null);
    }

    private static Workload Load(string file) =>
        TraceFileParser.Parse(File.ReadAllText(Path.Combine(Folder, "imported", file)), file).Instantiate();

    [Fact]
    public void The_committed_dump_imports_to_the_committed_files_with_no_edits()
    {
        var imported = ImportCommittedDump().ToDictionary(t => t.FileName, t => t.Text);
        Assert.Equal(FileNames(), imported.Keys.Order(StringComparer.Ordinal));
        Assert.All(imported, t => Assert.Equal(File.ReadAllText(Path.Combine(Folder, "imported", t.Key)), t.Value));
    }

    [Fact]
    public void Every_executor_of_the_committed_dump_has_its_frame_and_exit() =>
        Assert.All(ImportCommittedDump(), t => Assert.Null(t.ToFill));

    [Theory]
    [MemberData(nameof(FilesAndBackends))]
    public void Imported_executor_reaches_the_state_python_reached(string backend, string file)
    {
        Workload w = Load(file);
        IBackend b = backend == "interp" ? new InterpBackend() : JitBackends.Get(backend);
        RunResult result = TraceRunner.Run(b, w.Trace);
        Assert.Empty(w.Expectation.Check(result.Outcome));
        Assert.Equal(0, result.LeakedObjects);
    }

    [Theory]
    [MemberData(nameof(FilesAndBackends))]
    public void Imported_executor_gives_the_interpreters_outcome(string backend, string file)
    {
        Workload w = Load(file);
        IBackend b = backend == "interp" ? new InterpBackend() : JitBackends.Get(backend);
        RunResult interp = TraceRunner.Run(new InterpBackend(), w.Trace);
        RunResult actual = TraceRunner.Run(b, w.Trace);
        Assert.Equal(interp.Outcome.ToString(), actual.Outcome.ToString());
        Assert.Equal(interp.ReferenceCounts, actual.ReferenceCounts);
    }
}
