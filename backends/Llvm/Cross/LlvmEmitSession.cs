using StencilBench.Backends.Llvm.Native;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;

namespace StencilBench.Backends.Llvm.Cross;

/// <summary>
/// What a cross backend keeps between traces: the target's bitcode and target machine. Each
/// compile emits an object file, reads the trace function's size from it and frees it; nothing
/// is loaded. Compiles are serialised.
/// </summary>
internal sealed class LlvmEmitSession
{
    private readonly Lock _gate = new();
    private readonly TraceObjectBuilder _builder;
    private readonly string _triple;
    private long _traces;

    /// <param name="triple">The target as the backend names it (the bitcode's own triple is clang's normalised form, arm64-apple-macosx10.4.0).</param>
    public LlvmEmitSession(LlvmLevel level, string triple, string bitcodePath)
    {
        LlvmCrossTargets.EnsureRegistered();
        _builder = new TraceObjectBuilder(level, bitcodePath);
        _triple = triple;
    }

    public ICompiledTrace Compile(NativeTrace trace)
    {
        lock (_gate)
        {
            string name = $"sb_trace_{++_traces}";
            var clock = new PhaseClock();
            nint objectFile = _builder.Build(trace, name, clock);
            try
            {
                int size = LlvmObject.SymbolSize(objectFile, _builder.ObjectSymbol(name));
                clock.End("machine code"); // with reading the function's size
                return new EmittedTrace(_triple, size, clock.Phases);
            }
            finally
            {
                LlvmBitcode.LLVMDisposeMemoryBuffer(objectFile);
            }
        }
    }
}
