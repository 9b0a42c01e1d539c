namespace StencilBench.Backends.CopyAndPatch;

/// <summary>A hole: at <paramref name="Offset"/>, write <paramref name="Value"/> + <paramref name="Addend"/> the <paramref name="Kind"/> way.</summary>
/// <param name="Symbol">Index into <see cref="StencilSet.Symbols"/> when <paramref name="Value"/> is <see cref="HoleValue.Symbol"/>, else -1.</param>
public readonly record struct Hole(int Offset, HoleKind Kind, HoleValue Value, int Symbol, long Addend);

/// <summary>Bytes to copy and the holes to patch in them.</summary>
public sealed record Stencil(byte[] Body, Hole[] Holes);

/// <summary>
/// One uop's stencils (or the shim's): code, and data the code refers to (GOT slots...).
/// </summary>
/// <param name="TrailingJumpLength">Bytes of the jump to the next uop that end the code, dropped when the next uop follows (0: none).</param>
/// <param name="Cold">The hot/cold flavour's cold part: its code and holes, placed after every hot part (null: none).</param>
public sealed record StencilGroup(string Name, Stencil Code, Stencil Data, int TrailingJumpLength, Stencil? Cold = null);

/// <summary>All stencils of one target: generated at build time (backends/CopyAndPatch/generated/Stencils.*.g.cs).</summary>
/// <param name="Symbols">The runtime symbols holes refer to, by index.</param>
/// <param name="Uops">One group per uop id.</param>
/// <param name="Trap">Bare code that ends every trace (CPython's _FATAL_ERROR): nothing runs past it.</param>
/// <param name="Flavour">How the stencils were made from the template: empty for the default (see <see cref="StencilFlavourNames"/>).</param>
public sealed record StencilSet(string Triple, string Digest, string[] Symbols, StencilGroup Shim, StencilGroup[] Uops, StencilGroup Trap, string Flavour = "")
{
    /// <summary>How this set's holes are patched and read, chosen by its triple.</summary>
    public IArchitecture Architecture { get; } = Architectures.For(Triple);

    /// <summary>The stencils read the instructions from a record table the backend writes after the code (noburnin).</summary>
    public bool ReadsRecords { get; } = Shim.Code.Holes.Any(h => h.Value == HoleValue.Records);
}

/// <summary>A generated stencil set's triple, flavour and the factory that makes a new set of its tables.</summary>
public sealed record StencilSetFactory(string Triple, Func<StencilSet> Create, string Flavour = "")
{
    /// <summary>The build key: the triple, then <c>+flavour</c> unless it is the default.</summary>
    public string Key => Flavour == "" ? Triple : $"{Triple}+{Flavour}";
}
