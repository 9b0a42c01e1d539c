using System.Runtime.InteropServices;

namespace StencilBench.Core.Memory;

/// <summary>
/// Pages for generated code, W^X: mapped read-write, filled, then flipped to read-execute with
/// one mprotect. Never writable and executable at once. Disposing unmaps them.
/// </summary>
public sealed unsafe partial class ExecutableMemory : IDisposable
{
    private const int ProtRead = 1, ProtWrite = 2, ProtExec = 4;
    private const int MapPrivate = 2, MapAnonymous = 0x20, MapPopulate = 0x8000;
    private static readonly nint MapFailed = -1;

    private byte* _base;

    /// <summary>The usable size (a whole number of pages).</summary>
    public int Size { get; }

    /// <summary>True once <see cref="MakeExecutable"/> ran: the pages are read-execute.</summary>
    public bool IsExecutable { get; private set; }

    public ExecutableMemory(int size, nint nearAddress = 0)
    {
        int page = Environment.SystemPageSize;
        Size = Math.Max(page, (size + page - 1) / page * page);
        // MAP_POPULATE: the pages are made in the mmap call instead of one page fault each when the
        // code is first written; on this VM that cut whole-compile time by about a quarter (the
        // faults had been billed to copy+patch).
        nint p = mmap(nearAddress, (nuint)Size, ProtRead | ProtWrite, MapPrivate | MapAnonymous | MapPopulate, -1, 0);
        if (p == MapFailed)
        {
            throw new OutOfMemoryException($"mmap of {Size} bytes failed (errno {Marshal.GetLastPInvokeError()})");
        }
        _base = (byte*)p;
    }

    public nint Address => _base != null ? (nint)_base : throw new ObjectDisposedException(nameof(ExecutableMemory));

    /// <summary>The pages as writable bytes; only before <see cref="MakeExecutable"/>.</summary>
    public Span<byte> Writable => IsExecutable
        ? throw new InvalidOperationException("the code is already executable: it can no longer be written")
        : new Span<byte>((void*)Address, Size);

    /// <summary>Flips the pages from read-write to read-execute (W^X).</summary>
    public void MakeExecutable()
    {
        if (mprotect(Address, (nuint)Size, ProtRead | ProtExec) != 0)
        {
            throw new InvalidOperationException($"mprotect to read-execute failed (errno {Marshal.GetLastPInvokeError()})");
        }
        IsExecutable = true;
    }

    public void Dispose()
    {
        if (_base != null)
        {
            munmap((nint)_base, (nuint)Size);
            _base = null;
        }
    }

    [LibraryImport("libc.so.6", SetLastError = true)]
    private static partial nint mmap(nint addr, nuint length, int prot, int flags, int fd, nint offset);

    [LibraryImport("libc.so.6", SetLastError = true)]
    private static partial int mprotect(nint addr, nuint length, int prot);

    [LibraryImport("libc.so.6", SetLastError = true)]
    private static partial int munmap(nint addr, nuint length);
}
