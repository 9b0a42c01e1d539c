using StencilBench.Core.Memory;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>A trace as copy-and-patch compiled it: executable code entered through the shim at its run address.</summary>
public sealed unsafe class CopyAndPatchTrace : ICompiledTrace
{
    private readonly ICodeBlock _memory;
    private readonly StencilSet _set;
    private readonly NativeTrace _trace;
    private MachineCode? _code;

    internal CopyAndPatchTrace(StencilSet set, NativeTrace trace, TraceLayout layout, ICodeBlock memory, IReadOnlyList<CodegenPhase> phases)
    {
        _memory = memory;
        _set = set;
        _trace = trace;
        Layout = layout;
        Phases = phases;
    }

    public TraceLayout Layout { get; }

    /// <summary>Where the code runs (a dual mapping's read-execute view).</summary>
    public nint Address => _memory.Run;

    public int CodeBytes => Layout.CodeSize;
    public IReadOnlyList<CodegenPhase> Phases { get; }

    // Read only when asked for (disasm): codegen time stays copy and patch alone.
    public MachineCode? Code => _code ??= MachineCodeReader.Read(_set, _trace, Layout, (byte*)_memory.Run);

    public long Run(SbFrame* frame, SbThreadState* ts) => NativeEntry.Call(_memory.Run, frame, ts);

    public void Dispose() => _memory.Dispose();
}
