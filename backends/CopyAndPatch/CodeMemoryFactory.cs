using StencilBench.Core.Memory;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>The code memory of each <see cref="CodeMemoryStrategy"/>, made for one backend instance (which owns it).</summary>
public static class CodeMemoryFactory
{
    private const int NearSegmentSize = 64 << 10;

    /// <param name="runtimeLow">The lowest runtime address holes call or load (a near arena must reach it).</param>
    /// <param name="runtimeHigh">The highest.</param>
    public static ICodeMemory Create(CodeMemoryStrategy strategy, ulong runtimeLow, ulong runtimeHigh) => strategy switch
    {
        // The hint rarely holds (the space around the runtime is taken), but costs nothing.
        CodeMemoryStrategy.PerTrace => new PerTraceCodeMemory((nint)runtimeLow),
        CodeMemoryStrategy.PooledArena => new CodeArena(new PooledPages()),
        CodeMemoryStrategy.DualMapped => new CodeArena(new DualMappedPages()),
        // Small segments: the ±2 GB around the runtime is crowded (malloc arenas, .NET's reservations),
        // and a 1 MB gap there was missing in about one process in three here; 64 KB ones were found.
        CodeMemoryStrategy.NearArena => new CodeArena(new DualMappedPages(NearPlacement.Near(runtimeLow, runtimeHigh)), NearSegmentSize),
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "copy-and-patch: unknown code memory strategy"),
    };
}
