using System.Runtime.InteropServices;

namespace StencilBench.Core.Backends;

/// <summary>The architecture names machine code is labelled with (as in target triples: <c>x86_64</c>, <c>aarch64</c>).</summary>
public static class HostArchitecture
{
    /// <summary>The name of the architecture this process runs on.</summary>
    public static string Name => Of(RuntimeInformation.ProcessArchitecture);

    /// <summary>The triple-style name of an architecture.</summary>
    public static string Of(Architecture architecture) => architecture switch
    {
        Architecture.X64 => "x86_64",
        Architecture.Arm64 => "aarch64",
        Architecture.X86 => "i686",
        Architecture.Ppc64le => "powerpc64le",
        _ => architecture.ToString().ToLowerInvariant(),
    };
}
