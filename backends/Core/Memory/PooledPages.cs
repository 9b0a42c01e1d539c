namespace StencilBench.Core.Memory;

/// <summary>
/// A pooled arena's pages: anonymous read-write mappings reused across traces, each block (a
/// whole number of pages) flipped to read-execute by mprotect when sealed and back to read-write
/// when freed. No mmap or munmap per trace, but two mprotects; a page is writable or executable,
/// never both.
/// </summary>
public sealed class PooledPages : IArenaPages
{
    public int Unit => Environment.SystemPageSize;

    public (nint Write, nint Run) Map(int size)
    {
        nint p = PosixPages.Host.MapReadWrite(0, (nuint)size);
        return (p, p);
    }

    public void Unmap(nint write, nint run, int size) => PosixPages.Host.Unmap(write, (nuint)size);

    public void Seal(nint run, int size) => PosixPages.Host.ProtectReadExecute(run, (nuint)size);

    public void Release(nint run, int size) => PosixPages.Host.ProtectReadWrite(run, (nuint)size);
}
