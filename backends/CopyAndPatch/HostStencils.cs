using System.Runtime.InteropServices;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.CopyAndPatch.Generated;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>The stencil set built for the machine this process runs on, if there is one.</summary>
public static class HostStencils
{
    /// <summary>A new set for the host, or null with the reason.</summary>
    public static StencilSet? TryCreate(out string? unavailable)
    {
        if (RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64 && OperatingSystem.IsLinux())
        {
            unavailable = null;
            return X86_64UnknownLinuxGnuStencils.Create();
        }
        unavailable = $"no stencils for {RuntimeInformation.ProcessArchitecture} {RuntimeInformation.OSDescription} (built: {X86_64UnknownLinuxGnuStencils.Triple})";
        return null;
    }

    /// <summary>The architecture name disassemblers know the host's code by.</summary>
    public static string Architecture => RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64 ? "x86_64" : RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
}
