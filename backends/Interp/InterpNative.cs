using System.Runtime.InteropServices;
using StencilBench.Core.Native;

namespace StencilBench.Backends.Interp;

/// <summary>The interpreter's one entry point (native/interp.c), linked into the runtime library.</summary>
internal static unsafe partial class InterpNative
{
    [LibraryImport(NativeMethods.Library)]
    public static partial long sb_interp_run(SbFrame* frame, SbThreadState* ts, SbUopInstruction* trace);
}
