using System.Collections.Immutable;
using StencilBench.Core.Values;

namespace StencilBench.Frontend.Bytecode;

/// <summary>
/// A compiled function, as CPython's code object: <see cref="VarNames"/> is <c>co_varnames</c>
/// (the <see cref="ArgCount"/> arguments first, then the other locals in order of first assignment),
/// <see cref="Consts"/> is <c>co_consts</c> (int, float, bool, None and tuples of those),
/// <see cref="Names"/> is <c>co_names</c> (the builtins that LOAD_GLOBAL loads).
/// </summary>
public sealed record CodeObject(
    string Name,
    string File,
    int FirstLine,
    int ArgCount,
    ImmutableArray<string> VarNames,
    ImmutableArray<Value> Consts,
    ImmutableArray<string> Names,
    ImmutableArray<Instruction> Instructions)
{
    /// <summary>The argument names, in order.</summary>
    public IEnumerable<string> ArgNames => VarNames.Take(ArgCount);
}
