using StencilBench.Core.Backends;

namespace StencilBench.Harness.Loader;

/// <summary>
/// A build of the native loader: the triple it runs, where the build put it beside the harness,
/// and the command that runs it here (none natively; qemu-user for another architecture).
/// </summary>
/// <param name="Emulated">Run under emulation: its results are checked, its times mean nothing.</param>
public sealed record LoaderTarget(string Triple, string RelativePath, IReadOnlyList<string> Wrapper, bool Emulated)
{
    /// <summary>The loader built for this machine, run directly.</summary>
    public static LoaderTarget Host { get; } = new(HostTriple.Current, "sb_loader", [], Emulated: false);

    /// <summary>
    /// The loader cross-built for POWER10 little-endian Linux, run under qemu-ppc64le with the
    /// ppc64el cross libc (qemu's default CPU lacks the prefixed instructions: SIGILL).
    /// </summary>
    public static LoaderTarget Ppc64le { get; } = new("powerpc64le-unknown-linux-gnu", "linux-ppc64le/sb_loader",
        ["qemu-ppc64le-static", "-cpu", "power10", "-L", "/usr/powerpc64le-linux-gnu"], Emulated: true);

    /// <summary>
    /// The loader as a 32-bit Linux process (i386, runtime laid out as MSVC's with -malign-double),
    /// run directly on an x86-64 host: it runs i686-pc-windows-msvc stencils natively (cdecl,
    /// the same instruction set).
    /// </summary>
    public static LoaderTarget I686Windows { get; } = new("i686-pc-windows-msvc", "linux-i686/sb_loader", [], Emulated: false);

    /// <summary>The loader that runs <paramref name="triple"/>'s stencils natively on <paramref name="host"/>, or null.</summary>
    public static LoaderTarget? NativeFor(string triple, string host) =>
        triple == I686Windows.Triple && host == "x86_64-unknown-linux-gnu" ? I686Windows : null;

    public string Path => System.IO.Path.Combine(AppContext.BaseDirectory, RelativePath);

    /// <summary>Starts this loader.</summary>
    public LoaderProcess Start() => new(Wrapper, Path);
}
