namespace StencilBench.Core.Memory;

/// <summary>
/// One mapping per trace (<see cref="ExecutableMemory"/>): mmap, write, mprotect to read-execute,
/// munmap when the trace is disposed. Three system calls and fresh page faults per trace; nothing
/// shared, so nothing to release here.
/// </summary>
/// <param name="near">A hint: map near it (Linux places the pages where it likes when the space is taken).</param>
public sealed class PerTraceCodeMemory(nint near = 0, IInstructionCache? cache = null) : ICodeMemory
{
    public ICodeBlock Allocate(int size) => new ExecutableMemory(size, near, cache);

    public void Dispose()
    {
    }
}
