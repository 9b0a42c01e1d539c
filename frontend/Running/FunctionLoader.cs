using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Compiling;
using StencilBench.Frontend.Syntax;

namespace StencilBench.Frontend.Running;

/// <summary>Compiles the file of a <see cref="PythonCallSpec"/> and finds its function; each problem is one line.</summary>
public static class FunctionLoader
{
    /// <exception cref="FormatException">The file is missing, has a syntax error, lacks the function or the arguments do not fit.</exception>
    public static CodeObject Load(PythonCallSpec call)
    {
        if (!File.Exists(call.File))
        {
            throw new FormatException($"{call.File}: no such file");
        }
        PythonModule module;
        try
        {
            module = PythonCompiler.CompileFile(call.File);
        }
        catch (PythonSyntaxError e)
        {
            throw new FormatException(e.Message);
        }
        CodeObject code = module.Find(call.Function)
            ?? throw new FormatException($"{call.File}: no function '{call.Function}' (it has: {string.Join(", ", module.Functions.Select(f => f.Name))})");
        if (code.ArgCount != call.Args.Count)
        {
            throw new FormatException($"{call.File}:{code.FirstLine}: {code.Name}() takes {code.ArgCount} arguments, {call.Args.Count} given");
        }
        return code;
    }
}
