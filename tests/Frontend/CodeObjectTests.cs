using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Compiling;

namespace StencilBench.Tests.Frontend;

/// <summary>What a compiled function carries beside its instructions, as CPython's code object.</summary>
public class CodeObjectTests
{
    [Fact]
    public void Varnames_list_the_arguments_then_locals_in_order_of_first_use()
    {
        CodeObject code = CompiledFunction.Compile("n, m", "a, b = 0, 1\nfor i in range(n):\n    c = a\nreturn c");
        Assert.Equal<string>(["n", "m", "a", "b", "i", "c"], code.VarNames);
        Assert.Equal(2, code.ArgCount);
    }

    [Fact]
    public void Names_list_the_builtins_called_in_order_of_first_use() =>
        Assert.Equal<string>(["len", "range"], CompiledFunction.Compile("x", "return len(x) + len(range(x))").Names);

    [Fact]
    public void Consts_keep_the_first_constant_and_those_loaded() =>
        Assert.Equal<Value>([new IntValue(0), new TupleValue([new IntValue(1), new FloatValue(2.5), NoneValue.Instance])],
            CompiledFunction.Compile("x", "y = 0\nreturn (1, 2.5, None)").Consts);

    [Fact]
    public void A_big_int_constant_keeps_its_value() =>
        Assert.Equal(new IntValue(System.Numerics.BigInteger.Pow(2, 100)),
            CompiledFunction.Compile("", "return 1267650600228229401496703205376").Consts.Single());

    [Fact]
    public void Every_function_of_a_file_is_compiled_and_found_by_name()
    {
        PythonModule module = PythonCompiler.Compile("def f(a):\n    return a\n\ndef g(a, b):\n    return b\n", "m.py");
        Assert.Equal<string>(["f", "g"], module.Functions.Select(f => f.Name));
        Assert.Equal(4, module.Find("g")!.FirstLine);
        Assert.Null(module.Find("h"));
    }

    [Fact]
    public void Instructions_carry_their_source_position() =>
        Assert.Equal("t.py:2:12",
            CompiledFunction.Compile("x", "return -x").Instructions.First(i => i.Opcode == Opcode.UNARY_NEGATIVE).Pos.ToString());
}
