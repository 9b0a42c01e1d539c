using StencilBench.Core.Memory;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>The code memory of each <see cref="CodeMemoryStrategy"/>, made for one backend instance (which owns it).</summary>
public static class CodeMemoryFactory
{
    /// <param name="runtimeLow">The lowest runtime address holes call or load (a near arena must reach it).</param>
    /// <param name="runtimeHigh">The highest.</param>
    public static ICodeMemory Create(CodeMemoryStrategy strategy, ulong runtimeLow, ulong runtimeHigh) => strategy switch
    {
        // The hint rarely holds (the space around the runtime is taken), but costs nothing.
        CodeMemoryStrategy.PerTrace => new PerTraceCodeMemory((nint)runtimeLow),
        CodeMemoryStrategy.PooledArena => new CodeArena(new PooledPages()),
        CodeMemoryStrategy.DualMapped => new CodeArena(new DualMappedPages()),
        CodeMemoryStrategy.NearArena => new CodeArena(new DualMappedPages(NearPlacement.Near(runtimeLow, runtimeHigh))),
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "copy-and-patch: unknown code memory strategy"),
    };
}
