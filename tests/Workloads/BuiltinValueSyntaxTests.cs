using StencilBench.Core.Values;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Tests.Workloads;

/// <summary>The bare names of the runtime's builtins in the value syntax.</summary>
public class BuiltinValueSyntaxTests
{
    private static Value Eval(string text, params (string Name, long Value)[] names)
    {
        var cursor = new TokenCursor(Lexer.Tokenize(text, "v", 1));
        return Evaluator.Evaluate(ExprParser.ParseAll(cursor), names.ToDictionary(n => n.Name, n => (Value)new IntValue(n.Value)));
    }

    [Fact]
    public void A_bare_builtin_name_is_the_builtin() =>
        Assert.Equal("builtin_function_or_method max", Eval("max") is BuiltinValue b ? $"{b.TypeName} {b.Name}" : "not a builtin");

    [Fact]
    public void A_param_of_the_same_name_shadows_the_builtin() => Assert.Equal(new IntValue(3), Eval("abs", ("abs", 3)));

    [Fact]
    public void A_builtin_writes_as_the_name_that_reads_back_as_it() => Assert.Equal(Eval("len"), Eval(Eval("len").ToString()));
}
