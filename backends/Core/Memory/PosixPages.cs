using System.Runtime.InteropServices;

namespace StencilBench.Core.Memory;

/// <summary>mmap, mprotect and munmap from the host's C library, named by <see cref="HostOs.LibC"/>.</summary>
internal sealed unsafe class PosixPages
{
    private static readonly nint MapFailed = -1;
    private static readonly Lazy<PosixPages> LazyHost = new(() => new PosixPages(HostOs.Current));

    private readonly HostOs _os;
    private readonly delegate* unmanaged<nint, nuint, int, int, int, nint, nint> _mmap;
    private readonly delegate* unmanaged<nint, nuint, int, int> _mprotect;
    private readonly delegate* unmanaged<nint, nuint, int> _munmap;

    private PosixPages(HostOs os)
    {
        _os = os;
        nint libc = os.LibC is string name
            ? NativeLibrary.Load(name)
            : throw new PlatformNotSupportedException($"executable memory: no mmap on {os.Name}");
        _mmap = (delegate* unmanaged<nint, nuint, int, int, int, nint, nint>)NativeLibrary.GetExport(libc, "mmap");
        _mprotect = (delegate* unmanaged<nint, nuint, int, int>)NativeLibrary.GetExport(libc, "mprotect");
        _munmap = (delegate* unmanaged<nint, nuint, int>)NativeLibrary.GetExport(libc, "munmap");
    }

    /// <summary>The host's C library (loaded once; read-only after).</summary>
    public static PosixPages Host => LazyHost.Value;

    /// <summary>Private, anonymous, read-write pages, near <paramref name="near"/> if the OS can.</summary>
    public nint MapReadWrite(nint near, nuint size)
    {
        nint p = _mmap(near, size, HostOs.ProtRead | HostOs.ProtWrite, _os.AnonymousMapFlags, -1, 0);
        return p != MapFailed ? p : throw new OutOfMemoryException($"mmap of {size} bytes failed (errno {Marshal.GetLastSystemError()})");
    }

    public void ProtectReadExecute(nint address, nuint size)
    {
        if (_mprotect(address, size, HostOs.ProtRead | HostOs.ProtExec) != 0)
        {
            throw new InvalidOperationException($"mprotect to read-execute failed (errno {Marshal.GetLastSystemError()})");
        }
    }

    public void Unmap(nint address, nuint size) => _munmap(address, size);
}
