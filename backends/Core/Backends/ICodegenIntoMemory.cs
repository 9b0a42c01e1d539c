using StencilBench.Core.Native;

namespace StencilBench.Core.Backends;

/// <summary>
/// A backend whose codegen can run into writable memory the caller owns, without the system calls
/// (mmap, mprotect) around it: the "core" codegen that the copy-and-patch paper compares.
/// </summary>
public interface ICodegenIntoMemory
{
    /// <summary>Generates the trace's code into <paramref name="memory"/>; returns the bytes used.</summary>
    unsafe int GenerateInto(NativeTrace trace, byte* memory, int capacity);
}
