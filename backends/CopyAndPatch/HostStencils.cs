using StencilBench.Core.Backends;
using StencilBench.Backends.CopyAndPatch.Generated;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>The stencil set built for the machine this process runs on, if there is one: chosen by triple.</summary>
public static class HostStencils
{
    /// <summary>A new set for the host, or null with the reason.</summary>
    public static StencilSet? TryCreate(out string? unavailable) => TryCreate(HostTriple.Current, out unavailable);

    /// <summary>A new set for <paramref name="triple"/> from the generated registry, or null with the reason.</summary>
    public static StencilSet? TryCreate(string triple, out string? unavailable)
    {
        var factory = StencilRegistry.All.FirstOrDefault(f => f.Triple == triple);
        unavailable = factory is null
            ? $"no stencils for {triple} (built: {string.Join(", ", StencilRegistry.All.Select(f => f.Triple))})"
            : null;
        return factory?.Create();
    }
}
