using System.Runtime.InteropServices;
using Arch = System.Runtime.InteropServices.Architecture;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>The clang target triple of the process's own architecture and OS, as the stencil registry names sets.</summary>
public static class HostTriple
{
    public static string Current => $"{Architecture(RuntimeInformation.ProcessArchitecture)}-{OsAndAbi()}";

    private static string Architecture(Arch a) => a switch
    {
        Arch.X64 => "x86_64",
        Arch.Arm64 => "aarch64",
        Arch.X86 => "i686",
        Arch.Ppc64le => "powerpc64le",
        _ => a.ToString().ToLowerInvariant(),
    };

    private static string OsAndAbi() =>
        OperatingSystem.IsLinux() ? "unknown-linux-gnu"
        : OperatingSystem.IsMacOS() ? "apple-darwin"
        : OperatingSystem.IsWindows() ? "pc-windows-msvc"
        : RuntimeInformation.OSDescription.ToLowerInvariant();
}
