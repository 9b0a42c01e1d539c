using System.Runtime.InteropServices;

namespace StencilBench.Core.Memory;

/// <summary>mmap, mprotect, munmap and memory files from the host's C library, named by <see cref="HostOs.LibC"/>.</summary>
internal sealed unsafe class PosixPages
{
    private static readonly nint MapFailed = -1;
    private static readonly Lazy<PosixPages> LazyHost = new(() => new PosixPages(HostOs.Current));

    private readonly HostOs _os;
    private readonly delegate* unmanaged<nint, nuint, int, int, int, nint, nint> _mmap;
    private readonly delegate* unmanaged<nint, nuint, int, int> _mprotect;
    private readonly delegate* unmanaged<nint, nuint, int> _munmap;
    private readonly delegate* unmanaged<byte*, uint, int> _memfdCreate;
    private readonly delegate* unmanaged<int, long, int> _ftruncate;
    private readonly delegate* unmanaged<int, int> _close;

    private PosixPages(HostOs os)
    {
        _os = os;
        nint libc = os.LibC is string name
            ? NativeLibrary.Load(name)
            : throw new PlatformNotSupportedException($"executable memory: no mmap on {os.Name}");
        _mmap = (delegate* unmanaged<nint, nuint, int, int, int, nint, nint>)NativeLibrary.GetExport(libc, "mmap");
        _mprotect = (delegate* unmanaged<nint, nuint, int, int>)NativeLibrary.GetExport(libc, "mprotect");
        _munmap = (delegate* unmanaged<nint, nuint, int>)NativeLibrary.GetExport(libc, "munmap");
        _ftruncate = (delegate* unmanaged<int, long, int>)NativeLibrary.GetExport(libc, "ftruncate");
        _close = (delegate* unmanaged<int, int>)NativeLibrary.GetExport(libc, "close");
        if (os.HasMemoryFiles)
        {
            _memfdCreate = (delegate* unmanaged<byte*, uint, int>)NativeLibrary.GetExport(libc, "memfd_create");
        }
    }

    /// <summary>The host's C library (loaded once; read-only after).</summary>
    public static PosixPages Host => LazyHost.Value;

    /// <summary>Private, anonymous, read-write pages, near <paramref name="near"/> if the OS can.</summary>
    /// <param name="below2G">In the first 2 GB of the address space, where the OS has a flag for it (else throws).</param>
    public nint MapReadWrite(nint near, nuint size, bool below2G = false)
    {
        if (below2G && _os.MapBelow2G == 0)
        {
            throw new PlatformNotSupportedException($"executable memory: {_os.Name} on {RuntimeInformation.ProcessArchitecture} cannot map pages below 2 GB (no MAP_32BIT)");
        }
        nint p = _mmap(near, size, HostOs.ProtRead | HostOs.ProtWrite, _os.AnonymousMapFlags | (below2G ? _os.MapBelow2G : 0), -1, 0);
        return p != MapFailed ? p : throw new OutOfMemoryException($"mmap of {size} bytes failed (errno {Marshal.GetLastSystemError()})");
    }

    /// <summary>
    /// A shared view of <paramref name="file"/> with protection <paramref name="prot"/>; exactly at
    /// <paramref name="at"/> when it is not 0 (and the OS can refuse to map over a mapping), else anywhere.
    /// Returns 0 when a fixed address is taken.
    /// </summary>
    public nint MapFile(int file, nuint size, int prot, nint at = 0)
    {
        int flags = _os.MapShared | _os.MapPopulate | (at != 0 ? _os.MapFixedNoReplace : 0);
        nint p = _mmap(at, size, prot, flags, file, 0);
        if (p == MapFailed && at != 0)
        {
            return 0;
        }
        if (p == MapFailed)
        {
            throw new OutOfMemoryException($"mmap of a {size}-byte memory file failed (errno {Marshal.GetLastSystemError()})");
        }
        if (at != 0 && p != at)
        {
            _munmap(p, size); // an OS without MAP_FIXED_NOREPLACE took the address as a hint only
            return 0;
        }
        return p;
    }

    /// <summary>An anonymous memory file of <paramref name="size"/> bytes (memfd_create + ftruncate); close it once mapped.</summary>
    public int CreateMemoryFile(string name, long size)
    {
        if (_memfdCreate == null)
        {
            throw new PlatformNotSupportedException($"dual-mapped code memory: no memory files on {_os.Name}");
        }
        byte* utf8 = stackalloc byte[64];
        int length = System.Text.Encoding.UTF8.GetBytes(name.AsSpan(0, Math.Min(name.Length, 60)), new Span<byte>(utf8, 63));
        utf8[length] = 0;
        const uint CloseOnExec = 1;
        int fd = _memfdCreate(utf8, CloseOnExec);
        if (fd < 0)
        {
            throw new OutOfMemoryException($"memfd_create failed (errno {Marshal.GetLastSystemError()})");
        }
        if (_ftruncate(fd, size) != 0)
        {
            int errno = Marshal.GetLastSystemError();
            _close(fd);
            throw new OutOfMemoryException($"ftruncate of a memory file to {size} bytes failed (errno {errno})");
        }
        return fd;
    }

    public void Close(int file) => _close(file);

    public void ProtectReadExecute(nint address, nuint size) => Protect(address, size, HostOs.ProtRead | HostOs.ProtExec, "read-execute");

    public void ProtectReadWrite(nint address, nuint size) => Protect(address, size, HostOs.ProtRead | HostOs.ProtWrite, "read-write");

    public void Unmap(nint address, nuint size) => _munmap(address, size);

    private void Protect(nint address, nuint size, int prot, string what)
    {
        if (_mprotect(address, size, prot) != 0)
        {
            throw new InvalidOperationException($"mprotect to {what} failed (errno {Marshal.GetLastSystemError()})");
        }
    }
}
