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
        // The room the runtime reserves beside itself first: in a busy process (the test host) the
        // ±2 GB around the runtime was full (malloc arenas, .NET's reservations) and no gap was
        // found; then a gap from /proc/self/maps, in small segments (a 1 MB one was missing in about
        // one process in three, 64 KB ones were found); then anywhere (correct, but calls stay indirect).
        CodeMemoryStrategy.NearArena => new CodeArena(new DualMappedPages(NearPlacement.Near(runtimeLow, runtimeHigh), reservedNear: true), NearSegmentSize),
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "copy-and-patch: unknown code memory strategy"),
    };
}
