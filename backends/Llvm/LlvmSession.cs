using System.Runtime.InteropServices;
using StencilBench.Backends.Llvm.Native;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.Llvm;

/// <summary>
/// What one LLVM backend keeps between traces: the bitcode bytes and a target machine at its
/// codegen level (<see cref="TraceObjectBuilder"/>), and an LLJIT (one per backend, as a JIT
/// would keep one). Each compile gets a fresh LLVMContext (the bitcode opened lazily in it, so only the bodies a trace calls are
/// read), disposed as soon as the object file exists, and a resource tracker that
/// owns the trace's code until <see cref="LlvmCompiledTrace.Dispose"/>. Compiles are serialised.
/// Lives as long as its backend (the process): the LLJIT and target machine are not freed.
/// </summary>
internal sealed unsafe class LlvmSession
{
    private readonly Lock _gate = new();
    private readonly TraceObjectBuilder _builder;
    private readonly nint _jit, _dylib;
    private long _traces;

    public LlvmSession(LlvmLevel level, string bitcodePath)
    {
        _builder = new TraceObjectBuilder(level, bitcodePath);
        (_jit, _dylib) = LlvmOrc.CreateJit();
    }

    public ICompiledTrace Compile(NativeTrace trace)
    {
        lock (_gate)
        {
            string name = $"sb_trace_{++_traces}";
            var clock = new PhaseClock();
            nint objectFile = _builder.Build(trace, name, clock);
            clock.End("machine code"); // with the context's disposal
            nint tracker = 0;
            try
            {
                int size = LlvmObject.SymbolSize(objectFile, name);
                tracker = LlvmOrc.LLVMOrcJITDylibCreateResourceTracker(_dylib);
                nint owned = objectFile;
                objectFile = 0;
                ulong address = LlvmOrc.Load(_jit, tracker, owned, name);
                clock.End("load");
                return new LlvmCompiledTrace(tracker, (nint)address, size, trace.Length, clock.Phases);
            }
            catch
            {
                if (tracker != 0)
                {
                    LlvmOrc.Remove(tracker);
                }
                throw;
            }
            finally
            {
                if (objectFile != 0)
                {
                    LlvmBitcode.LLVMDisposeMemoryBuffer(objectFile);
                }
            }
        }
    }
}
