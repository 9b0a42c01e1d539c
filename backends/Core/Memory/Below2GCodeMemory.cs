namespace StencilBench.Core.Memory;

/// <summary>
/// One mapping per trace, in the first 2 GB of the address space: for code of a 32-bit target
/// (i686) compiled in this 64-bit process to time its codegen. Its absolute holes hold the code's
/// own addresses in 32 bits, which a mapping anywhere else would overflow. Such code is never run
/// here (it calls a 32-bit process's runtime), but it is made executable like any other, so that
/// its codegen costs what the host's does.
/// </summary>
public sealed class Below2GCodeMemory : ICodeMemory
{
    public ICodeBlock Allocate(int size) => new ExecutableMemory(size, below2G: true);

    public void Dispose()
    {
    }
}
