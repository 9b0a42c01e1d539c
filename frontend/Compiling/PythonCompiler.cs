using System.Collections.Immutable;
using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Syntax;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// The front end's entry: Python source of the subset in, one CPython 3.14-shaped code object per
/// function out. Anything outside the subset raises <see cref="PythonSyntaxError"/> naming
/// file:line:col and the construct.
/// </summary>
public static class PythonCompiler
{
    /// <summary>Compiles the text of a source file; <paramref name="file"/> names it in errors and positions.</summary>
    public static PythonModule Compile(string source, string file)
    {
        var functions = ImmutableArray.CreateBuilder<CodeObject>();
        var seen = new HashSet<string>();
        foreach (FunctionDef def in Parser.ParseModule(source, file))
        {
            if (!seen.Add(def.Name))
            {
                throw PythonSyntaxError.Unsupported(def.Pos, $"redefining the function '{def.Name}'");
            }
            functions.Add(CompileFunction(def, file));
        }
        return new PythonModule(file, functions.ToImmutable());
    }

    /// <summary>Reads and compiles a file; the path as given names it in errors.</summary>
    public static PythonModule CompileFile(string path) => Compile(File.ReadAllText(path), path);

    private static CodeObject CompileFunction(FunctionDef def, string file)
    {
        CodeGenerator generator = CodeGenerator.Generate(def, file);
        ControlFlowGraph g = CfgBuilder.Build(generator.Sequence);
        FlowGraphOptimizer.Optimize(g, generator.Consts, generator.VarNames.Length, def.Args.Length);
        var (code, consts) = Assembler.Assemble(g, generator.Consts);
        return new CodeObject(def.Name, file, def.Pos.Line, def.Args.Length, generator.VarNames, consts,
            generator.Names, code);
    }
}
