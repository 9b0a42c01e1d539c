using StencilBench.Backends.CopyAndPatch.Generated;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>The top-of-stack cached stencil sets the build made (x86-64 Linux only), chosen by triple.</summary>
public static class TosStencils
{
    /// <summary>A new set for <paramref name="triple"/>, or null with the reason.</summary>
    public static StencilSet? TryCreate(string triple, out string? unavailable)
    {
        bool built = triple == X86_64UnknownLinuxGnuTosStencils.Triple;
        unavailable = built ? null : $"no top-of-stack stencils for {triple} (built: {X86_64UnknownLinuxGnuTosStencils.Triple})";
        return built ? X86_64UnknownLinuxGnuTosStencils.Create() : null;
    }
}
