using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Compiling;

namespace StencilBench.Tests.Frontend;

/// <summary>Compiles one function from its parameters and body, for tests that read its bytecode.</summary>
public static class CompiledFunction
{
    public const string File = "t.py";

    public static CodeObject Compile(string parameters, string body) =>
        PythonCompiler.Compile(Source(parameters, body), File).Functions.Single();

    /// <summary>The instructions as <c>OPNAME arg; ...</c>.</summary>
    public static string Ops(string parameters, string body) =>
        string.Join("; ", Compile(parameters, body).Instructions.Select(i => $"{i.Opcode} {i.Arg}"));

    public static string Source(string parameters, string body) =>
        $"def f({parameters}):\n" + string.Concat(body.Split('\n').Select(l => "    " + l + "\n"));
}
