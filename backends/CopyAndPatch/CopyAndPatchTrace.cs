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
    private readonly CompileTicks _ticks;
    private readonly NativeTrace? _rewritten;
    private MachineCode? _code;
    private IReadOnlyList<CodegenPhase>? _phases;

    private readonly RuntimeBridge? _bridge;

    /// <param name="rewritten">A rewriting of the trace this one owns (the top-of-stack plan), or null.</param>
    /// <param name="bridge">How the host enters code of the set's target when its convention is not the host's, or null.</param>
    internal CopyAndPatchTrace(StencilSet set, NativeTrace trace, TraceLayout layout, ICodeBlock memory, CompileTicks ticks, NativeTrace? rewritten = null, RuntimeBridge? bridge = null)
    {
        _bridge = bridge is { Bridged: true } ? bridge : null;
        _memory = memory;
        _set = set;
        _trace = trace;
        _ticks = ticks;
        _rewritten = rewritten;
        Layout = layout;
    }

    public TraceLayout Layout { get; }

    /// <summary>Where the code runs (a dual mapping's read-execute view).</summary>
    public nint Address => _memory.Run;

    public int CodeBytes => Layout.CodeSize;
    public IReadOnlyList<CodegenPhase> Phases => _phases ??= _ticks.Phases();

    // Read only when asked for (disasm): codegen time stays copy and patch alone.
    public MachineCode? Code => _code ??= MachineCodeReader.Read(_set, _trace, Layout, (byte*)_memory.Run);

    public long Run(SbFrame* frame, SbThreadState* ts) =>
        _bridge is null ? NativeEntry.Call(_memory.Run, frame, ts) : _bridge.Enter(_memory.Run, frame, ts);

    public void Dispose()
    {
        _memory.Dispose();
        _rewritten?.Dispose();
    }
}
