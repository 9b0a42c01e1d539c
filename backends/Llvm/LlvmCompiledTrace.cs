using System.Runtime.InteropServices;
using StencilBench.Backends.Llvm.Native;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.Llvm;

/// <summary>
/// A trace compiled by LLVM and linked by ORC: a C function <c>i64 (SbFrame*, SbThreadState*)</c>.
/// Disposing removes its resource tracker, which frees the code. LLVM interleaves the uops'
/// code, so <see cref="Code"/> has one region for the whole function.
/// </summary>
internal sealed unsafe class LlvmCompiledTrace(nint tracker, nint entry, int size, int uops, IReadOnlyList<CodegenPhase> phases)
    : ICompiledTrace
{
    private nint _tracker = tracker;

    public int CodeBytes => size;
    public IReadOnlyList<CodegenPhase> Phases => phases;

    public MachineCode? Code
    {
        get
        {
            ObjectDisposedException.ThrowIf(_tracker == 0, this);
            var bytes = new byte[size];
            Marshal.Copy(entry, bytes, 0, size);
            var whole = new CodeRegion(-1, $"(the whole trace, {uops} uops: LLVM interleaves them, no per-uop boundaries)", 0, size);
            return new MachineCode(bytes, (ulong)entry, HostArchitecture.Name, [whole], []);
        }
    }

    public long Run(SbFrame* frame, SbThreadState* ts)
    {
        ObjectDisposedException.ThrowIf(_tracker == 0, this);
        return NativeEntry.Call(entry, frame, ts);
    }

    public void Dispose()
    {
        if (_tracker != 0)
        {
            LlvmOrc.Remove(_tracker);
            _tracker = 0;
        }
    }
}
