using StencilBench.Core.Backends;
using StencilBench.Backends.CopyAndPatch.Generated;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>The stencil set built for the machine this process runs on, if there is one: chosen by triple and flavour.</summary>
public static class HostStencils
{
    /// <summary>A new default set for the host, or null with the reason.</summary>
    public static StencilSet? TryCreate(out string? unavailable) => TryCreate(HostTriple.Current, out unavailable);

    /// <summary>A new default set for <paramref name="triple"/> from the generated registry, or null with the reason.</summary>
    public static StencilSet? TryCreate(string triple, out string? unavailable) => TryCreate(triple, StencilFlavourNames.Default, out unavailable);

    /// <summary>A new set of <paramref name="flavour"/> for <paramref name="triple"/>, or null with the reason.</summary>
    public static StencilSet? TryCreate(string triple, string flavour, out string? unavailable)
    {
        var factory = StencilRegistry.All.FirstOrDefault(f => f.Triple == triple && f.Flavour == flavour);
        var triples = StencilRegistry.All.Select(f => f.Triple).Distinct();
        var flavours = StencilRegistry.All.Where(f => f.Triple == triple && f.Flavour != "").Select(f => f.Flavour);
        unavailable = factory is not null ? null
            : !triples.Contains(triple) ? $"no stencils for {triple} (built: {string.Join(", ", triples)})"
            : $"no {flavour} stencils for {triple} (flavours built: {string.Join(", ", flavours.DefaultIfEmpty("none"))})";
        return factory?.Create();
    }
}
