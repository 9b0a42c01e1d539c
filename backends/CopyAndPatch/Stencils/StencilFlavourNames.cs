namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// The stencil flavours a backend variant runs with: each switch that needs stencils of its own
/// names the flavour the generator builds for it (stencils/Generator/Stencils/StencilFlavour.cs).
/// </summary>
public static class StencilFlavourNames
{
    public const string Default = "";
    public const string NoBurnIn = "noburnin";
    public const string HotCold = "hotcold";

    /// <summary>The flavour <paramref name="options"/> need: the switches that change stencils, joined by <c>+</c>.</summary>
    public static string For(CopyAndPatchOptions options) => string.Join('+', new[]
    {
        options.BurnIn ? null : NoBurnIn,
        options.HotCold ? HotCold : null,
    }.OfType<string>());
}
