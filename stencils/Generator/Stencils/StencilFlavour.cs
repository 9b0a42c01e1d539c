namespace StencilBench.Generator.Stencils;

/// <summary>
/// One way of making a triple's stencils from the same template: other defines and, for hot/cold,
/// a pass over each uop's assembly. Each flavour built is its own stencil set, keyed by
/// (triple, flavour); the default is the backend as CPython builds it.
/// </summary>
/// <param name="Name">Empty for the default; else what follows <c>+</c> in build keys and file names.</param>
/// <param name="ClassInfix">What the tables' class name gains before <c>Stencils</c> (NoBurnIn).</param>
/// <param name="Defines">Extra clang flags for the template and the shim (-D...).</param>
/// <param name="SplitsHotCold">Each uop's assembly is split into hot and cold sections before it is assembled.</param>
public sealed record StencilFlavour(string Name, string ClassInfix, IReadOnlyList<string> Defines, bool SplitsHotCold = false)
{
    /// <summary>Oparg, operand and targets burned in as immediates; one section of code.</summary>
    public static StencilFlavour Default { get; } = new("", "", []);

    /// <summary>Oparg, operand and targets read from the trace's instruction records (jit_record.h).</summary>
    public static StencilFlavour NoBurnIn { get; } = new("noburnin", "NoBurnIn", ["-DSB_JIT_NO_BURN_IN"]);

    /// <summary>The default's code, each uop split into a hot part and a cold part (<see cref="HotColdSplitter"/>).</summary>
    public static StencilFlavour HotCold { get; } = new("hotcold", "HotCold", [], SplitsHotCold: true);
}

/// <summary>The flavours the generator can build, by name (a new flavour is one line here and one in Stencils.targets).</summary>
public static class StencilFlavours
{
    public static IReadOnlyList<StencilFlavour> All { get; } = [StencilFlavour.Default, StencilFlavour.NoBurnIn, StencilFlavour.HotCold];

    public static StencilFlavour Get(string name) =>
        All.FirstOrDefault(f => f.Name == name)
        ?? throw new FormatException($"no stencil flavour '{name}' (known: {string.Join(", ", All.Where(f => f.Name != "").Select(f => f.Name))})");
}
