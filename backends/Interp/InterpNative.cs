using System.Runtime.InteropServices;
using StencilBench.Core.Native;

namespace StencilBench.Backends.Interp;

/// <summary>The interpreter's one entry point in libsbinterp.so (native/interp.c).</summary>
internal static unsafe partial class InterpNative
{
    [LibraryImport("sbinterp")]
    public static partial long sb_interp_run(SbFrame* frame, SbThreadState* ts, SbUopInstruction* trace);
}
