using System.Diagnostics;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// The timestamps a compile takes between its phases, turned into <see cref="CodegenPhase"/>s only
/// when asked for: a list and four records per compile were a tenth of a sub-microsecond compile.
/// </summary>
internal struct CompileTicks
{
    private static readonly string[] Names = ["size", "allocate", "copy+patch", "protect"];

    private long _start, _sized, _allocated, _patched, _protected;

    public static CompileTicks Start() => new() { _start = Stopwatch.GetTimestamp() };

    public void Sized() => _sized = Stopwatch.GetTimestamp();

    public void Allocated() => _allocated = Stopwatch.GetTimestamp();

    public void Patched() => _patched = Stopwatch.GetTimestamp();

    public void Protected() => _protected = Stopwatch.GetTimestamp();

    public readonly IReadOnlyList<CodegenPhase> Phases()
    {
        long[] ends = [_start, _sized, _allocated, _patched, _protected];
        return [.. Names.Select((name, i) => new CodegenPhase(name, Stopwatch.GetElapsedTime(ends[i], ends[i + 1]).TotalNanoseconds))];
    }
}
