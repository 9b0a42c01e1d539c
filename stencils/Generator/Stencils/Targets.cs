namespace StencilBench.Generator.Stencils;

/// <summary>The targets stencils can be built for, by triple.</summary>
public static class Targets
{
    public static IReadOnlyList<Target> All { get; } = [new X86_64LinuxTarget(), new Aarch64LinuxTarget(), new X86_64DarwinTarget(), new X86_64WindowsTarget(), new I686WindowsTarget(), new Ppc64leLinuxTarget(), new Aarch64DarwinTarget()];

    public static Target Get(string triple) =>
        All.FirstOrDefault(t => t.Triple == triple)
        ?? throw new FormatException($"no stencil target '{triple}' (known: {string.Join(", ", All.Select(t => t.Triple))})");
}
