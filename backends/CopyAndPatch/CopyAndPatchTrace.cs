using StencilBench.Core.Memory;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>A trace as copy-and-patch compiled it: read-execute pages entered through the shim.</summary>
public sealed unsafe class CopyAndPatchTrace : ICompiledTrace
{
    private readonly ExecutableMemory _memory;
    private readonly Lazy<MachineCode> _code;
    private readonly NativeTrace? _rewritten;

    /// <param name="rewritten">A rewriting of the trace this one owns (the top-of-stack plan), or null.</param>
    internal CopyAndPatchTrace(StencilSet set, NativeTrace trace, TraceLayout layout, ExecutableMemory memory, IReadOnlyList<CodegenPhase> phases, NativeTrace? rewritten = null)
    {
        _memory = memory;
        _rewritten = rewritten;
        Layout = layout;
        Phases = phases;
        // Built only when asked for (disasm): codegen time stays copy and patch alone.
        _code = new(() => MachineCodeReader.Read(set, trace, layout, (byte*)_memory.Address));
    }

    public TraceLayout Layout { get; }
    public int CodeBytes => Layout.CodeSize;
    public IReadOnlyList<CodegenPhase> Phases { get; }
    public MachineCode? Code => _code.Value;

    public long Run(SbFrame* frame, SbThreadState* ts) => NativeEntry.Call(_memory.Address, frame, ts);

    public void Dispose()
    {
        _memory.Dispose();
        _rewritten?.Dispose();
    }
}
