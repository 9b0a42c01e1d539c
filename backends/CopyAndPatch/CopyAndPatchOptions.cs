namespace StencilBench.Backends.CopyAndPatch;

/// <summary>Where a compiled trace's code lives, and how it becomes executable (the codegen cost of memory).</summary>
public enum CodeMemoryStrategy
{
    /// <summary>One mmap per trace, written, then mprotect to read-execute; munmap on dispose.</summary>
    PerTrace,

    /// <summary>A pooled arena: pages reused across traces, flipped with mprotect.</summary>
    PooledArena,

    /// <summary>One memory file mapped twice, read-write and read-execute; bump-allocated, no system call per trace.</summary>
    DualMapped,

    /// <summary>An arena reserved within ±2 GB of the runtime, so that runtime calls become direct.</summary>
    NearArena,
}

/// <summary>
/// The switches of the copy-and-patch backend, one per technical goal of the talk. The default is
/// the backend as CPython builds it; every other combination is an ablation variant, named by
/// <see cref="Suffix"/> (<c>copy-and-patch+noburnin</c>, ...).
/// </summary>
/// <param name="BurnIn">Oparg, operand and targets patched in as immediates (false: loaded from the instruction record).</param>
/// <param name="TosCaching">Top-of-stack values kept in registers, a stencil variant per cache depth.</param>
/// <param name="HotCold">Each stencil split into hot and cold parts; a trace lays out all hot parts first.</param>
/// <param name="Memory">Where the code lives.</param>
public sealed record CopyAndPatchOptions(
    bool BurnIn = true,
    bool TosCaching = false,
    bool HotCold = false,
    CodeMemoryStrategy Memory = CodeMemoryStrategy.PerTrace)
{
    /// <summary>The backend as CPython builds it.</summary>
    public static CopyAndPatchOptions Default { get; } = new();

    /// <summary>What the backend's name gains: empty for the default, else <c>+switch</c> per switch changed.</summary>
    public string Suffix =>
        (BurnIn ? "" : "+noburnin")
        + (TosCaching ? "+tos" : "")
        + (HotCold ? "+hotcold" : "")
        + Memory switch
        {
            CodeMemoryStrategy.PerTrace => "",
            CodeMemoryStrategy.PooledArena => "+pool",
            CodeMemoryStrategy.DualMapped => "+dualmap",
            CodeMemoryStrategy.NearArena => "+near",
            _ => throw new ArgumentOutOfRangeException(nameof(Memory), Memory, null),
        };
}
