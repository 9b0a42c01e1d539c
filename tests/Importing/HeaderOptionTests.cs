using StencilBench.Workloads.Importing;

namespace StencilBench.Tests.Importing;

/// <summary><c>import --header PATH</c>: a file for every executor, or a folder of <c>kernel@offset</c> files.</summary>
public sealed class HeaderOptionTests : IDisposable
{
    private const string Uops =
        """{"op": "_START_EXECUTOR", "oparg": 0, "target": 5, "operand": 9999}, {"op": "_LOAD_FAST_BORROW", "oparg": 1, "target": 3, "operand": 0},""" +
        """{"op": "_POP_TOP", "oparg": 0, "target": 3, "operand": 0}, {"op": "_EXIT_TRACE", "oparg": 0, "target": 4, "operand": 77}""";

    private const string Json =
        """{"python": "3.14.7", "kernels": {"k": {"executors": [{"offset": 10, "jit_code_bytes": 4096, "uops": [""" + Uops + """]}, {"offset": 20, "jit_code_bytes": 4096, "uops": [""" + Uops + "]}]}}}";

    private const string Header = "# mine\nname: ignored\nlocals: a = 7, b = 8\ntrace:\nexpect:\n    exit: exit\n    target: 4\n    locals: b = 8\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("sb-header-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private IReadOnlyList<ImportedTrace> Import(string path) =>
        ExecutorImporter.Import(ExecutorDump.Parse(Json, "d.json"), "d.json", ex => HeaderFiles.For(path, ex.Name));

    [Fact]
    public void A_header_file_gives_every_executor_its_locals_and_expect()
    {
        string file = Path.Combine(_folder, "h");
        File.WriteAllText(file, Header);
        Assert.All(Import(file), t => Assert.Equal((true, true, (string?)null), (t.Text.Contains("locals: a = 7, b = 8\n"), t.Text.Contains("    target: 4\n"), t.ToFill)));
    }

    [Fact]
    public void A_folder_gives_the_executor_named_by_its_file_its_header()
    {
        File.WriteAllText(Path.Combine(_folder, "k@20"), Header);
        var byName = Import(_folder).ToDictionary(t => t.FileName);
        Assert.Equal((false, true), (byName["k@10.uops"].Text.Contains("a = 7"), byName["k@20.uops"].Text.Contains("a = 7")));
    }

    [Fact]
    public void An_executor_the_folder_has_no_file_for_gets_placeholders_and_says_what_to_fill_in()
    {
        File.WriteAllText(Path.Combine(_folder, "k@20.uops"), Header);
        Assert.Contains("give --header", Import(_folder).Single(t => t.FileName == "k@10.uops").ToFill);
    }

    [Fact]
    public void A_header_without_an_expect_block_says_to_fill_it_in()
    {
        string file = Path.Combine(_folder, "h");
        File.WriteAllText(file, "locals: a = 7, b = 8\n");
        Assert.All(Import(file), t => Assert.Equal("the expect block", t.ToFill));
    }

    [Fact]
    public void The_name_line_of_a_header_file_is_dropped() =>
        Assert.DoesNotContain("ignored", ExecutorImporter.Import(ExecutorDump.Parse(Json, "d.json"), "d.json", _ => TraceHeader.FromFile(Header))[0].Text);

    [Fact]
    public void A_header_path_that_is_nothing_is_one_line() =>
        Assert.Equal($"--header {_folder}/none: no such file or folder", Assert.Throws<DumpException>(() => Import(Path.Combine(_folder, "none"))).Message);
}
