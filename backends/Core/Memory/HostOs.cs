namespace StencilBench.Core.Memory;

/// <summary>
/// Everything that differs between operating systems at run time, in one place: the C library
/// memory is mapped through, its mmap flags, and the file name of the runtime library.
/// </summary>
/// <param name="LibC">The C library exporting mmap, mprotect and munmap; null where there is none (Windows).</param>
/// <param name="MapPopulate">A flag that makes the pages in the mmap call (0 where the OS has none).</param>
/// <param name="RuntimeLibrary">The file name the build gives the C runtime (stencils/runtime).</param>
/// <param name="MapShared">The flag that shares a file's pages between its mappings (a dual mapping's two views).</param>
/// <param name="MapFixedNoReplace">The flag that maps exactly at the hint or fails, never over a mapping (0 where there is none).</param>
/// <param name="HasMemoryFiles">True when the C library has memfd_create (anonymous files a dual mapping maps twice).</param>
/// <param name="MapBelow2G">The flag that maps in the first 2 GB of the address space (MAP_32BIT, x86-64 Linux only; 0 where there is none).</param>
public sealed record HostOs(string Name, string? LibC, int MapPrivate, int MapAnonymous, int MapPopulate, string RuntimeLibrary,
    int MapShared = 0x01, int MapFixedNoReplace = 0, bool HasMemoryFiles = false, int MapBelow2G = 0)
{
    public const int ProtRead = 1, ProtWrite = 2, ProtExec = 4;

    // MAP_POPULATE: the pages are made in the mmap call instead of one page fault each when the
    // code is first written; on this VM that cut whole-compile time by about a quarter (the
    // faults had been billed to copy+patch).
    public static HostOs Linux { get; } = new("linux", "libc.so.6", MapPrivate: 0x02, MapAnonymous: 0x20, MapPopulate: 0x8000, "libsbruntime.so",
        MapFixedNoReplace: 0x100000, HasMemoryFiles: true,
        MapBelow2G: System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64 ? 0x40 : 0);

    public static HostOs MacOs { get; } = new("macos", "/usr/lib/libSystem.B.dylib", MapPrivate: 0x02, MapAnonymous: 0x1000, MapPopulate: 0, "libsbruntime.dylib");

    public static HostOs Windows { get; } = new("windows", null, 0, 0, 0, "sbruntime.dll");

    /// <summary>The OS this process runs on.</summary>
    public static HostOs Current { get; } =
        OperatingSystem.IsMacOS() ? MacOs : OperatingSystem.IsWindows() ? Windows : Linux;

    /// <summary>The flags for private, anonymous pages made at once.</summary>
    public int AnonymousMapFlags => MapPrivate | MapAnonymous | MapPopulate;
}
