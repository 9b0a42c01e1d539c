namespace StencilBench.Tests.Frontend;

/// <summary>
/// Each kernel's <c># call:</c> gives, under the python3 on PATH, the result CPython 3.14 gave
/// (tests/golden/python/cpython-results.txt): the kernels mean the same in both, so either is an oracle.
/// </summary>
public class PythonOracleTests
{
    private const string Runner =
        "import sys\n"
        + "path, call = sys.argv[1], sys.argv[2]\n"
        + "ns = {}\n"
        + "exec(compile(open(path).read(), path, 'exec'), ns)\n"
        + "print(repr(eval(call, ns)))\n";

    public static TheoryData<string> All => Kernels.All;

    [Theory]
    [MemberData(nameof(All))]
    public void Python3_gives_the_result_CPython_3_14_gave(string kernel)
    {
        string expected = File.ReadLines(Path.Combine(Kernels.GoldenDirectory, "cpython-results.txt"))
            .Single(l => l.StartsWith(kernel + ": ", StringComparison.Ordinal))[(kernel.Length + 2)..];
        (int exit, string output) = ChildProcess.Run("python3", ["-c", Runner, Kernels.SourcePath(kernel), Kernels.Call(kernel)],
            TimeSpan.FromSeconds(60));
        Assert.True(exit == 0, $"python3 failed on {kernel}: {output}");
        Assert.Equal(expected, output.Trim());
    }
}
