namespace StencilBench.Core.Memory;

/// <summary>
/// Where compiled code lives: hands out one <see cref="ICodeBlock"/> per trace. A strategy
/// (one mapping per trace, a pooled arena, a dual-mapped arena...) is one implementation.
/// Disposing it releases what it mapped once the last block it handed out is disposed.
/// </summary>
public interface ICodeMemory : IDisposable
{
    /// <summary>A block of at least <paramref name="size"/> bytes, writable through <see cref="ICodeBlock.Write"/> until made executable.</summary>
    ICodeBlock Allocate(int size);
}

/// <summary>
/// One trace's code: written through <see cref="Write"/>, run at <see cref="Run"/> (the same
/// address, or the read-execute alias of a dual mapping). Code must be patched for the run
/// address. Disposing returns the space to its memory.
/// </summary>
public unsafe interface ICodeBlock : IDisposable
{
    /// <summary>Where the code is written (only before <see cref="MakeExecutable"/>).</summary>
    byte* Write { get; }

    /// <summary>Where the code runs: the address jumps, calls and rel32 displacements are computed from.</summary>
    nint Run { get; }

    /// <summary>The usable bytes.</summary>
    int Size { get; }

    /// <summary>True once <see cref="MakeExecutable"/> ran.</summary>
    bool IsExecutable { get; }

    /// <summary>Flushes the instruction cache over the block and makes it executable (and, where one mapping is flipped, no longer writable).</summary>
    void MakeExecutable();
}
