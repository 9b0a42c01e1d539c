using System.Collections.Immutable;
using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Syntax;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// The code generator for one function, after CPython 3.14's <c>Python/codegen.c</c>: it walks the
/// AST and writes an instruction sequence with pseudo-jumps and labels, leaving every optimisation
/// (constant folding, jump threading, superinstructions, borrowed loads) to the flow-graph passes.
/// Statements are in <c>StatementCodegen.cs</c>, expressions in <c>ExpressionCodegen.cs</c>.
/// </summary>
internal sealed partial class CodeGenerator
{
    private readonly FunctionDef _function;
    private readonly SourcePos _noLocation;
    private readonly HashSet<string> _locals;
    private readonly List<string> _varNames;
    private readonly List<string> _names = [];
    private readonly Stack<Loop> _loops = new();

    private CodeGenerator(FunctionDef function, string file)
    {
        _function = function;
        _noLocation = new SourcePos(file, CfgInstr.NoLine, CfgInstr.NoLine);
        _locals = LocalNames.Of(function);
        _varNames = [.. function.Args];
    }

    public InstructionSequence Sequence { get; } = new();

    public ConstTable Consts { get; } = new();

    public ImmutableArray<string> VarNames => [.. _varNames];

    public ImmutableArray<string> Names => [.. _names];

    /// <summary>The function's instruction sequence, its constants, local names and global names.</summary>
    public static CodeGenerator Generate(FunctionDef function, string file)
    {
        var generator = new CodeGenerator(function, file);
        generator.Body();
        return generator;
    }

    private void Body()
    {
        Emit(Opcode.RESUME, 0, _function.Pos);
        foreach (Stmt s in _function.Body)
        {
            Statement(s);
        }
        LoadConst(NoneValue.Instance, _noLocation);
        Emit(Opcode.RETURN_VALUE, 0, _noLocation);
    }

    private void Emit(Opcode op, int arg, SourcePos loc) => Sequence.Add(op, arg, loc);

    private void Emit(Opcode op, SourcePos loc) => Sequence.Add(op, 0, loc);

    private void Jump(Opcode op, Label target, SourcePos loc) => Sequence.Jump(op, target, loc);

    private void Use(Label label) => Sequence.Use(label);

    private void LoadConst(Value value, SourcePos loc) => Emit(Opcode.LOAD_CONST, Consts.Add(value), loc);

    private int VarIndex(string name)
    {
        int i = _varNames.IndexOf(name);
        if (i < 0)
        {
            i = _varNames.Count;
            _varNames.Add(name);
        }
        return i;
    }

    private int NameIndex(string name)
    {
        int i = _names.IndexOf(name);
        if (i < 0)
        {
            i = _names.Count;
            _names.Add(name);
        }
        return i;
    }

    /// <summary>An enclosing loop: where <c>continue</c> goes, where <c>break</c> goes, and whether an iterator is on the stack.</summary>
    private sealed record Loop(Label Start, Label Exit, bool IsFor);
}
