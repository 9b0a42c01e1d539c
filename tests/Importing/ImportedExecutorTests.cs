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

    /// <summary>The executors of both committed dumps that StencilBench has every uop of.</summary>
    private static IReadOnlyList<ImportedTrace> ImportCommittedDump() =>
        [.. Import("dump.json", _ => true), .. Import("dump_more.json", ex => !NotImportable.Contains(ex.Kernel))];

    /// <summary>
    /// Kernels of dump_more.json not imported as dumped: float_sum_squares's <c>x * x</c> guards one
    /// operand, which CPython's optimizer knows is the other's local, and the verifier does not.
    /// </summary>
    private static readonly string[] NotImportable = ["float_sum_squares"];

    private static IReadOnlyList<ImportedTrace> Import(string name, Func<DumpedExecutor, bool> keep)
    {
        string dump = Path.Combine(Folder, name);
        ExecutorDump read = ExecutorDump.Parse(File.ReadAllText(dump), name);
        return ExecutorImporter.Import(read with { Executors = read.Executors.Where(keep).ToList() }, dump, _ => null);
    }

    [Theory]
    [InlineData("float_sum_squares@46", "17 (_BINARY_OP_MULTIPLY_FLOAT): _BINARY_OP_MULTIPLY_FLOAT needs a float as input 1 of 2, but its type is not proven here")]
    public void An_executor_not_imported_as_dumped_is_refused_naming_the_uop(string executor, string problem)
    {
        string dump = Path.Combine(Folder, "dump_more.json");
        ExecutorDump read = ExecutorDump.Parse(File.ReadAllText(dump), "dump_more.json");
        var only = read with { Executors = read.Executors.Where(e => e.Name == executor).ToList() };
        string message = Assert.Throws<DumpException>(() => ExecutorImporter.Import(only, dump, _ => null)).Message;
        Assert.Equal($"dump_more.json: executor {executor}: uop {problem}", message);
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
