namespace StencilBench.Core.Memory;

/// <summary>
/// A dual-mapped arena's pages: one anonymous memory file (memfd_create) per segment, mapped
/// twice, once read-write and once read-execute. Code is written through the first view and run
/// from the second, so no system call is made per trace and no mapping is ever writable and
/// executable. What that protects against: a stray or overflowing write through a code address
/// (the read-execute view) faults, and no page can be both written and executed through one
/// address, so a bug that writes where it jumps cannot plant code. What it does not: the same
/// physical pages are writable through the read-write alias, so an attacker who can write to an
/// address of their choosing and finds (or guesses) that alias can still change code that runs;
/// the alias is in ordinary memory this process can read. CPython's JIT uses one mapping and
/// mprotect instead; Firefox and V8 have used such dual mappings for speed, not for safety.
/// </summary>
/// <param name="place">Where the run view should go for a segment of a given size (0: anywhere); a taken address falls back to anywhere.</param>
/// <param name="reservedNear">Put the run view in the room the runtime library reserves beside itself
/// (stencils/runtime/sb_near.c) while it has any, before asking <paramref name="place"/>.</param>
public sealed class DualMappedPages(Func<int, nint>? place = null, bool reservedNear = false) : IArenaPages
{
    private const int PlacementAttempts = 8;

    /// <summary>Cache lines: traces share pages, each block starts on a line of its own.</summary>
    public int Unit => 64;

    /// <summary>How many segments' run views landed where <c>place</c> asked (for the near arena's tests and notes).</summary>
    public int Placed { get; private set; }

    public (nint Write, nint Run) Map(int size)
    {
        var pages = PosixPages.Host;
        int file = pages.CreateMemoryFile("stencilbench-code", size);
        try
        {
            nint write = pages.MapFile(file, (nuint)size, HostOs.ProtRead | HostOs.ProtWrite);
            nint run = reservedNear ? Native.NativeMethods.sb_near_map_file(file, size, HostOs.ProtRead | HostOs.ProtExec) : 0;
            // Another thread may map the gap between the search and the mmap: search again.
            for (int attempt = 0; attempt < PlacementAttempts && place is not null && run == 0; attempt++)
            {
                nint at = place(size);
                if (at == 0)
                {
                    break;
                }
                run = pages.MapFile(file, (nuint)size, HostOs.ProtRead | HostOs.ProtExec, at);
            }
            if (run != 0)
            {
                Placed++;
            }
            else
            {
                try
                {
                    run = pages.MapFile(file, (nuint)size, HostOs.ProtRead | HostOs.ProtExec);
                }
                catch
                {
                    pages.Unmap(write, (nuint)size);
                    throw;
                }
            }
            return (write, run);
        }
        finally
        {
            pages.Close(file); // the two mappings keep the file alive
        }
    }

    public void Unmap(nint write, nint run, int size)
    {
        if (!reservedNear || Native.NativeMethods.sb_near_unmap(run, size) != 0)
        {
            PosixPages.Host.Unmap(run, (nuint)size);
        }
        PosixPages.Host.Unmap(write, (nuint)size);
    }

    public void Seal(nint run, int size)
    {
    }

    public void Release(nint run, int size)
    {
    }
}
