using StencilBench.Frontend.Running;
using Xunit;

namespace StencilBench.Tests.Tier1;

/// <summary><c>run F.py:fn(args)</c>'s bad input: one line naming what is wrong.</summary>
public class PythonCallErrorTests
{
    private static string Fibonacci => Path.Combine(TestPaths.RepositoryRoot, "workloads", "python", "fibonacci.py");

    [Fact]
    public void A_missing_file_is_named()
    {
        var e = Assert.Throws<FormatException>(() => FunctionLoader.Load(PythonCallSpec.Parse("nowhere.py:f(1)")));
        Assert.Equal("nowhere.py: no such file", e.Message);
    }

    [Fact]
    public void A_missing_function_is_named_with_those_the_file_has()
    {
        var e = Assert.Throws<FormatException>(() => FunctionLoader.Load(PythonCallSpec.Parse(Fibonacci + ":fib(1)")));
        Assert.EndsWith("no function 'fib' (it has: fibonacci)", e.Message);
    }

    [Fact]
    public void A_wrong_argument_count_is_named()
    {
        var e = Assert.Throws<FormatException>(() => FunctionLoader.Load(PythonCallSpec.Parse(Fibonacci + ":fibonacci(1, 2)")));
        Assert.EndsWith("fibonacci() takes 1 arguments, 2 given", e.Message);
    }

    [Fact]
    public void Arguments_that_do_not_parse_are_an_error()
    {
        Assert.Throws<FormatException>(() => PythonCallSpec.Parse(Fibonacci + ":fibonacci(1 +)"));
    }

    [Fact]
    public void A_call_without_parentheses_is_an_error()
    {
        var e = Assert.Throws<FormatException>(() => PythonCallSpec.Parse(Fibonacci + ":fibonacci"));
        Assert.Contains("expected a call", e.Message);
    }
}
