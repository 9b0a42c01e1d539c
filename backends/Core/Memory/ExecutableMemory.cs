namespace StencilBench.Core.Memory;

/// <summary>
/// Pages for generated code, W^X: mapped read-write, filled, then the instruction cache flushed
/// and the pages flipped to read-execute with one mprotect. Never writable and executable at
/// once. Disposing unmaps them. What differs by OS is in <see cref="HostOs"/>.
/// </summary>
public sealed unsafe class ExecutableMemory : ICodeBlock
{
    private readonly IInstructionCache _cache;
    private byte* _base;

    /// <summary>The usable size (a whole number of pages).</summary>
    public int Size { get; }

    /// <summary>True once <see cref="MakeExecutable"/> ran: the pages are read-execute.</summary>
    public bool IsExecutable { get; private set; }

    /// <param name="nearAddress">A hint: pages near it, so that rel32 calls to it can reach.</param>
    /// <param name="cache">The flush <see cref="MakeExecutable"/> calls (the host's by default).</param>
    /// <param name="below2G">In the first 2 GB of the address space (throws where the OS cannot place it there).</param>
    public ExecutableMemory(int size, nint nearAddress = 0, IInstructionCache? cache = null, bool below2G = false)
    {
        int page = Environment.SystemPageSize;
        Size = Math.Max(page, (size + page - 1) / page * page);
        _cache = cache ?? HostInstructionCache.Instance;
        _base = (byte*)PosixPages.Host.MapReadWrite(nearAddress, (nuint)Size, below2G);
    }

    public nint Address => _base != null ? (nint)_base : throw new ObjectDisposedException(nameof(ExecutableMemory));

    /// <summary>One mapping: written and run at the same address.</summary>
    public byte* Write => (byte*)Address;

    public nint Run => Address;

    /// <summary>The pages as writable bytes; only before <see cref="MakeExecutable"/>.</summary>
    public Span<byte> Writable => IsExecutable
        ? throw new InvalidOperationException("the code is already executable: it can no longer be written")
        : new Span<byte>((void*)Address, Size);

    /// <summary>Flushes the instruction cache over the pages, then flips them from read-write to read-execute (W^X).</summary>
    public void MakeExecutable()
    {
        _cache.Flush(Address, (nuint)Size);
        PosixPages.Host.ProtectReadExecute(Address, (nuint)Size);
        IsExecutable = true;
    }

    public void Dispose()
    {
        if (_base != null)
        {
            PosixPages.Host.Unmap((nint)_base, (nuint)Size);
            _base = null;
        }
    }
}
