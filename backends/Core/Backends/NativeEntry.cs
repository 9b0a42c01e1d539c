using System.Runtime.CompilerServices;
using StencilBench.Core.Native;

namespace StencilBench.Core.Backends;

/// <summary>Entering compiled code: every JIT's trace is a C function <c>long (SbFrame*, SbThreadState*)</c>.</summary>
public static unsafe class NativeEntry
{
    /// <summary>Calls the code at <paramref name="entry"/> on the frame; returns the SB_EXIT_* kind it left with.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Call(nint entry, SbFrame* frame, SbThreadState* ts) =>
        ((delegate* unmanaged<SbFrame*, SbThreadState*, long>)entry)(frame, ts);
}
