using System.Collections.Immutable;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>The architectures copy-and-patch can patch stencils for, chosen by a stencil set's triple.</summary>
public static class Architectures
{
    public static ImmutableArray<IArchitecture> All { get; } = [new X86_64Architecture(), new Aarch64Architecture(), new X86Architecture(), new Ppc64Architecture()];

    public static IArchitecture For(string triple) =>
        All.FirstOrDefault(a => triple.Split('-')[0] == a.TriplePrefix)
        ?? throw new PlatformNotSupportedException($"copy-and-patch: no architecture patches stencils for {triple} (known: {string.Join(", ", All.Select(a => a.TriplePrefix))})");
}
