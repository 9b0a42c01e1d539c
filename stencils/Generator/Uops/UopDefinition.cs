namespace StencilBench.Generator.Uops;

/// <summary>One stack item of a uop's declared effect: <c>left</c>, or <c>unused[oparg]</c>.</summary>
public sealed record StackItem(string Name, bool IsOpargArray)
{
    public bool IsUnused => Name == "unused";
}

/// <summary>A <c>consumes(input: type)</c> annotation: a type the body assumes but the generator cannot see.</summary>
public sealed record TypeDeclaration(string Input, string Type);

/// <summary>One <c>op(...)</c> of uops.def, after parsing, before expansion of replicates.</summary>
public sealed record UopDefinition(
    string Name,
    IReadOnlyList<StackItem> Inputs,
    IReadOnlyList<StackItem> Outputs,
    bool PeeksOparg,
    int Replicate,
    string Body,
    int Line,
    IReadOnlyList<TypeDeclaration> DeclaredTypes)
{
    /// <summary><c>proves(input: type)</c>: what a guard shows about an input that its body cannot show.</summary>
    public IReadOnlyList<TypeDeclaration> DeclaredProofs { get; init; } = [];
}

/// <summary>A uop as it gets an id: a definition, or one of its replicates with a fixed oparg.</summary>
public sealed record ExpandedUop(int Id, string Name, UopDefinition Definition, int? FixedOparg);
