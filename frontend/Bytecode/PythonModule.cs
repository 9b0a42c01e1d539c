using System.Collections.Immutable;

namespace StencilBench.Frontend.Bytecode;

/// <summary>The functions of one Python source file, in source order, found by name.</summary>
public sealed record PythonModule(string File, ImmutableArray<CodeObject> Functions)
{
    /// <summary>The function named <paramref name="name"/>, or null when the file has none.</summary>
    public CodeObject? Find(string name) => Functions.FirstOrDefault(f => f.Name == name);
}
