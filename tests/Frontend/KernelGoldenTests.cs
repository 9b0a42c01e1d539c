using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Compiling;

namespace StencilBench.Tests.Frontend;

/// <summary>
/// Every kernel of workloads/python compiles with the front end to exactly the instructions and args
/// CPython 3.14 emits for it (its dis listing committed beside ours), and our listing equals its golden
/// file. After an intended change, the failing test writes the new listing to a temporary file named in
/// its message; regenerate the CPython side with tests/golden/python/cpython_dis.py under python3.14.
/// </summary>
public class KernelGoldenTests
{
    /// <summary>What the golden listings' header says about where they differ from CPython's dis.</summary>
    public const string Header =
        "# StencilBench's front end's bytecode, in its disassembler's listing. Instructions, args and lines equal\n"
        + "# CPython 3.14's (tests/golden/python/<kernel>.cpython.dis.txt, compared by KernelGoldenTests) except:\n"
        + "# one code unit per instruction with a full-width arg, so no CACHE entries and no EXTENDED_ARG, the\n"
        + "# offset column is the instruction's index, and a jump's arg is its target's index (CPython: a delta).\n";

    public static TheoryData<string> All => Kernels.All;

    [Fact]
    public void The_nine_trace_kernels_and_at_least_ten_more_are_there()
    {
        string[] traceKernels =
        [
            "fibonacci", "while_loop", "float_recurrence", "list_sum", "sieve", "mandelbrot_row", "collatz",
            "dot_product", "bubble_sort_pass",
        ];
        Assert.All(traceKernels, k => Assert.Contains(k, Kernels.Names));
        Assert.True(Kernels.Names.Count() >= traceKernels.Length + 10, $"only {Kernels.Names.Count()} kernels");
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Instructions_args_and_lines_equal_CPython_3_14s(string kernel)
    {
        PythonModule module = PythonCompiler.CompileFile(Kernels.SourcePath(kernel));
        string golden = File.ReadAllText(Path.Combine(Kernels.GoldenDirectory, kernel + ".cpython.dis.txt"));
        Dictionary<string, List<string>> cpython = CPythonListing.Parse(golden);
        Assert.Equal(cpython.Keys.Order(), module.Functions.Select(f => f.Name).Order());
        foreach (CodeObject code in module.Functions)
        {
            Assert.Equal(cpython[code.Name], code.Instructions.Select(i => $"{i.Opcode} {i.Arg} @{i.Pos.Line}"));
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Listing_equals_the_golden_file(string kernel)
    {
        PythonModule module = PythonCompiler.Compile(File.ReadAllText(Kernels.SourcePath(kernel)), Kernels.DisplayPath(kernel));
        string actual = Header + "\n" + Disassembler.Listing(module);
        string golden = Path.Combine(Kernels.GoldenDirectory, kernel + ".dis.txt");
        if (!File.Exists(golden) || File.ReadAllText(golden) != actual)
        {
            string written = Path.Combine(Path.GetTempPath(), "stencilbench-golden", kernel + ".dis.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(written)!);
            File.WriteAllText(written, actual);
            Assert.Fail($"tests/golden/python/{kernel}.dis.txt differs from the listing; review {written}, then copy it there");
        }
    }
}
