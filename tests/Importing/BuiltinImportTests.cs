using StencilBench.Workloads.Importing;

namespace StencilBench.Tests.Importing;

/// <summary>The importer on executors that call builtins: their constants and the function version their checks need.</summary>
public class BuiltinImportTests
{
    private const string Loop =
        """{"op": "_START_EXECUTOR", "oparg": 0, "target": 5, "operand": 9999}, {"op": "_MAKE_WARM", "oparg": 0, "target": 0, "operand": 0},""" +
        """{"op": "_CHECK_FUNCTION", "oparg": 1, "target": 3, "operand": 1844, "jump_target": 6, "error_target": 0},""" +
        """{"op": "_LOAD_CONST_INLINE", "oparg": 1, "target": 8, "operand": 140162089059408, "operand_const": "<built-in function max>"},""" +
        """{"op": "_POP_TOP", "oparg": 0, "target": 9, "operand": 0}, {"op": "_EXIT_TRACE", "oparg": 0, "target": 4, "operand": 77},""" +
        """{"op": "_DEOPT", "oparg": 0, "target": 3, "operand": 0}""";

    private static string Dump(string uops) =>
        """{"python": "3.14.7", "kernels": {"k": {"executors": [{"offset": 10, "jit_code_bytes": 4096, "uops": [""" + uops + "]}]}}}";

    private static IReadOnlyList<ImportedTrace> Import(string json) =>
        ExecutorImporter.Import(ExecutorDump.Parse(json, "d.json"), "d.json", _ => null);

    private static string Problem(string json) => Assert.Throws<DumpException>(() => Import(json)).Message;

    [Fact]
    public void A_builtin_constant_is_written_as_its_name() =>
        Assert.Contains("    3: _LOAD_CONST_INLINE target=8 operand=max\n", Import(Dump(Loop)).Single().Text);

    [Fact]
    public void The_function_version_comes_from_the_check_function_operand() =>
        Assert.Contains("function_version: 1844\n", Import(Dump(Loop)).Single().Text);

    [Fact]
    public void A_builtin_the_runtime_lacks_names_the_executor_and_uop() =>
        Assert.Equal("d.json: executor k@10: uop 3 (_LOAD_CONST_INLINE): the constant <built-in function print> is a builtin StencilBench's runtime does not have (it has abs, len, max)",
            Problem(Dump(Loop.Replace("<built-in function max>", "<built-in function print>", StringComparison.Ordinal))));

    [Fact]
    public void Checks_of_two_function_versions_are_refused() =>
        Assert.Equal("d.json: executor k@10: its _CHECK_FUNCTIONs check 2 function versions (1844, 1845); a trace runs in one function",
            Problem(Dump(Loop.Replace("{\"op\": \"_POP_TOP\", \"oparg\": 0, \"target\": 9, \"operand\": 0}",
                "{\"op\": \"_POP_TOP\", \"oparg\": 0, \"target\": 9, \"operand\": 0}, {\"op\": \"_CHECK_FUNCTION\", \"oparg\": 1, \"target\": 3, \"operand\": 1845, \"jump_target\": 6, \"error_target\": 0}", StringComparison.Ordinal))));
}
