using System.Runtime.InteropServices;
using StencilBench.Backends.Llvm.Native;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.Llvm;

/// <summary>
/// What one LLVM backend keeps between traces: the bitcode bytes, a target machine at its
/// codegen level and an LLJIT (one per backend, as a JIT would keep one). Each compile gets a
/// fresh LLVMContext (the bitcode opened lazily in it, so only the bodies a trace calls are
/// read), disposed as soon as the object file exists, and a resource tracker that
/// owns the trace's code until <see cref="LlvmCompiledTrace.Dispose"/>. Compiles are serialised.
/// Lives as long as its backend (the process): the LLJIT and target machine are not freed.
/// </summary>
internal sealed unsafe class LlvmSession
{
    private readonly Lock _gate = new();
    private readonly LlvmLevel _level;
    private readonly byte* _bitcode;
    private readonly int _bitcodeLength;
    private readonly nint _machine, _jit, _dylib;
    private long _traces;

    public LlvmSession(LlvmLevel level, string bitcodePath)
    {
        _level = level;
        byte[] bytes = File.ReadAllBytes(bitcodePath);
        _bitcodeLength = bytes.Length;
        _bitcode = (byte*)NativeMemory.Alloc((nuint)bytes.Length);
        bytes.CopyTo(new Span<byte>(_bitcode, bytes.Length));
        var (triple, cpu) = ReadTarget();
        _machine = LlvmTarget.CreateMachine(triple, cpu, level.CodeGenLevel);
        (_jit, _dylib) = LlvmOrc.CreateJit();
    }

    public ICompiledTrace Compile(NativeTrace trace)
    {
        lock (_gate)
        {
            string name = $"sb_trace_{++_traces}";
            var clock = new PhaseClock();
            nint objectFile = BuildObject(trace, name, clock);
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

    /// <summary>IR build, passes and machine code: the trace's object file in memory.</summary>
    private nint BuildObject(NativeTrace trace, string name, PhaseClock clock)
    {
        nint context = LlvmCore.LLVMContextCreate();
        try
        {
            nint bodies = LlvmBitcode.LoadLazily(context, (nint)_bitcode, _bitcodeLength);
            nint module = LlvmBitcode.CreateModule(context, "trace", bodies);
            nint function = TraceLowering.Build(context, module, bodies, trace, name);
            LlvmBitcode.LinkNeeded(module, bodies);
            ModuleLinking.Prepare(module, function, RuntimeSymbols.Shared, context);
            clock.End("IR build");
            LlvmPasses.Run(module, _level.Pipeline, _machine);
            ModuleLinking.DropUnusedBodies(module, function, internalize: false);
            clock.End("passes");
            return LlvmTarget.EmitObject(_machine, module);
        }
        finally
        {
            LlvmCore.LLVMContextDispose(context); // and every module it still owns
        }
    }

    /// <summary>The bitcode's triple and the CPU its bodies were compiled for (the target machine uses both).</summary>
    private (string Triple, string Cpu) ReadTarget()
    {
        nint context = LlvmCore.LLVMContextCreate();
        try
        {
            nint module = LlvmBitcode.LoadLazily(context, (nint)_bitcode, _bitcodeLength);
            string triple = Marshal.PtrToStringUTF8(LlvmCore.LLVMGetTarget(module)) ?? "";
            nint enter = LlvmCore.LLVMGetNamedFunction(module, "sb_llvm_enter");
            nint cpu = enter == 0 ? 0 : LlvmCore.LLVMGetStringAttributeAtIndex(enter, LlvmCore.FunctionIndex, "target-cpu", 10);
            string cpuName = cpu == 0 ? "" : Marshal.PtrToStringUTF8(LlvmCore.LLVMGetStringAttributeValue(cpu, out uint length), (int)length);
            return (triple, cpuName);
        }
        finally
        {
            LlvmCore.LLVMContextDispose(context);
        }
    }
}
