using System.Runtime.InteropServices;

namespace StencilBench.Harness.Loader;

/// <summary>
/// Read-write pages of this process at exactly the address the loader runs code at, so that
/// copy-and-patch patches its code for that address. Never executable here: only its bytes leave.
/// Every loader runs code at the same address, so one mapping at a time per process (a lock held
/// from construction to disposal, on the one thread that patches).
/// </summary>
internal sealed unsafe partial class ScratchMapping : IDisposable
{
    private const int ProtRead = 1, ProtWrite = 2;
    private const int MapPrivate = 0x02, MapAnonymous = 0x20, MapFixedNoReplace = 0x100000;

    private static readonly Lock OneAtATime = new();

    private readonly nuint _size;

    public ScratchMapping(ulong address, int size)
    {
        _size = (nuint)((size + 4095) & ~4095);
        OneAtATime.Enter();
        nint p = mmap((nint)address, _size, ProtRead | ProtWrite, MapPrivate | MapAnonymous | MapFixedNoReplace, -1, 0);
        if (p == -1 || (ulong)p != address)
        {
            if (p != -1)
            {
                _ = munmap(p, _size); // an old kernel took the flag as a hint
            }
            OneAtATime.Exit();
            throw new LoaderException($"the loader's code address 0x{address:x} is in use in this process: cannot patch code for it here");
        }
        Address = (byte*)p;
    }

    public byte* Address { get; private set; }

    public void Dispose()
    {
        if (Address != null)
        {
            _ = munmap((nint)Address, _size);
            Address = null;
            OneAtATime.Exit();
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint mmap(nint address, nuint length, int prot, int flags, int fd, nint offset);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int munmap(nint address, nuint length);
}
