using StencilBench.Workloads.Importing;

namespace StencilBench.Tests.Importing;

/// <summary>The importer on small dumps: what it writes, what it asks to fill in, and one line for a malformed dump.</summary>
public class DumpImportTests
{
    private const string Loop =
        """{"op": "_START_EXECUTOR", "oparg": 0, "target": 5, "operand": 9999}, {"op": "_MAKE_WARM", "oparg": 0, "target": 0, "operand": 0},""" +
        """{"op": "_CHECK_PERIODIC", "oparg": 0, "target": 327680, "operand": 0, "jump_target": 0, "error_target": 5},""" +
        """{"op": "_LOAD_FAST_BORROW", "oparg": 1, "target": 3, "operand": 0}, {"op": "_EXIT_TRACE", "oparg": 0, "target": 4, "operand": 77},""" +
        """{"op": "_ERROR_POP_N", "oparg": 0, "target": 0, "operand": 5}""";

    private static string Dump(string uops, string frame = "") =>
        """{"python": "3.14.7", "kernels": {"k": {"executors": [{"offset": 10, "jit_code_bytes": 4096, "uops": [""" + uops + "]" + frame + "}]}}}";

    private static IReadOnlyList<ImportedTrace> Import(string json) =>
        ExecutorImporter.Import(ExecutorDump.Parse(json, "d.json"), "d.json", _ => null);

    private static string Problem(string json) => Assert.Throws<DumpException>(() => Import(json)).Message;

    [Fact]
    public void Without_a_frame_snapshot_the_trace_still_verifies_and_says_what_to_fill_in() =>
        Assert.Contains("locals, stack and expect", Import(Dump(Loop)).Single().ToFill);

    [Fact]
    public void Without_a_frame_snapshot_the_locals_are_sized_from_the_opargs() =>
        Assert.Contains("locals: l1 = 0\n", Import(Dump(Loop)).Single().Text);

    [Fact]
    public void The_error_pop_n_stub_keeps_cpythons_index_and_resume_offset() =>
        Assert.Contains("    5: _ERROR_POP_N 0 target=0 operand0=5\n", Import(Dump(Loop)).Single().Text);

    [Fact]
    public void A_packed_error_target_is_written_decoded() =>
        Assert.Contains("    2: _CHECK_PERIODIC error=5\n", Import(Dump(Loop)).Single().Text);

    [Fact]
    public void A_frame_snapshot_gives_the_locals_and_the_expected_exit()
    {
        const string frame = """, "frame": {"entry": {"locals": [["a", "1"], ["b", "2"]], "stack": []}, "iterations": 0, "exit": {"target": 4, "locals": [["a", "1"], ["b", null]]}}""";
        ImportedTrace t = Import(Dump(Loop, frame)).Single();
        Assert.Equal((true, true, null), (t.Text.Contains("locals: b = 2\n"), t.Text.Contains("    target: 4\n    locals: a = 1\n    locals: b\n"), t.ToFill));
    }

    [Fact]
    public void A_constant_the_dump_did_not_identify_names_the_executor_and_uop() =>
        Assert.Equal("d.json: executor k@10: uop 3 (_LOAD_CONST_INLINE_BORROW): operand 140000 is an object the dump did not identify (no operand_const)",
            Problem(Dump(Loop.Replace("""{"op": "_LOAD_FAST_BORROW", "oparg": 1, "target": 3, "operand": 0}""", """{"op": "_LOAD_CONST_INLINE_BORROW", "oparg": 0, "target": 3, "operand": 140000}"""))));

    [Fact]
    public void An_unknown_uop_names_the_executor_and_uop() =>
        Assert.Equal("d.json: executor k@10: uop 1 (_MAKE_COLD): StencilBench has no such uop",
            Problem(Dump(Loop.Replace("_MAKE_WARM", "_MAKE_COLD"))));

    [Fact]
    public void A_uop_without_an_oparg_names_the_executor_and_uop() =>
        Assert.Equal("d.json: executor k@10: uop 3 (_LOAD_FAST_BORROW): \"oparg\" is missing or not an integer in 0..2147483647",
            Problem(Dump(Loop.Replace("\"oparg\": 1, ", ""))));

    [Fact]
    public void A_trace_that_does_not_verify_names_the_executor_and_uop() =>
        Assert.StartsWith("d.json: executor k@10: uop 3 (_POP_TOP): stack underflow",
            Problem(Dump(Loop.Replace("""{"op": "_LOAD_FAST_BORROW", "oparg": 1, "target": 3, "operand": 0}""", """{"op": "_POP_TOP", "oparg": 0, "target": 3, "operand": 0}"""))));

    [Fact]
    public void A_dump_that_is_not_json_is_one_line() =>
        Assert.StartsWith("d.json: not JSON:", Problem("{\"kernels\": "));
}
