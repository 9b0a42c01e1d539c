namespace StencilBench.Generator.Stencils;

/// <summary>A hole as written to the tables: names of the run-time HoleKind and HoleValue members.</summary>
/// <param name="Symbol">The runtime symbol when <paramref name="Value"/> is "Symbol", else null.</param>
public sealed record GeneratedHole(int Offset, string Kind, string Value, string? Symbol, long Addend);

/// <summary>Bytes and the holes in them.</summary>
public sealed record GeneratedStencil(byte[] Body, IReadOnlyList<GeneratedHole> Holes);

/// <summary>One uop's (or the shim's) code and data, with the disassembly of its code.</summary>
/// <param name="Cold">The cold part of a hot/cold flavour's code (laid out after every hot part), else null.</param>
public sealed record GeneratedGroup(
    string Name,
    int Id,
    GeneratedStencil Code,
    GeneratedStencil Data,
    int TrailingJumpLength,
    IReadOnlyList<string> Disassembly,
    GeneratedStencil? Cold = null);

/// <summary>Every group of one target: the entry shim, one per uop in id order, and the trap that ends a trace.</summary>
public sealed record GeneratedSet(GeneratedGroup Shim, IReadOnlyList<GeneratedGroup> Uops, GeneratedGroup Trap)
{
    /// <summary>In the order the tables and the golden dump list them.</summary>
    public IEnumerable<GeneratedGroup> All => [Shim, .. Uops, Trap];
}
