using System.Runtime.InteropServices;

namespace StencilBench.Core.Backends;

/// <summary>
/// The clang target triple of the process's own architecture and OS: how the stencil registry
/// names sets and how results rows name their target.
/// </summary>
public static class HostTriple
{
    public static string Current => $"{HostArchitecture.Name}-{OsAndAbi()}";

    private static string OsAndAbi() =>
        OperatingSystem.IsLinux() ? "unknown-linux-gnu"
        : OperatingSystem.IsMacOS() ? "apple-darwin"
        : OperatingSystem.IsWindows() ? "pc-windows-msvc"
        : RuntimeInformation.OSDescription.ToLowerInvariant();
}
