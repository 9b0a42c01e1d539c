using System.Runtime.InteropServices;
using StencilBench.Backends.Llvm.Native;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.Llvm;

/// <summary>
/// Trace in, object file out: the uop bodies' bitcode (kept in native memory), a target machine
/// for the bitcode's triple and CPU at the level's codegen level, and the IR build, passes and
/// machine code of one compile. Lives as long as its owner (the process): the target machine is
/// not freed. Not thread-safe: its owner serialises compiles.
/// </summary>
internal sealed unsafe class TraceObjectBuilder
{
    private readonly LlvmLevel _level;
    private readonly byte* _bitcode;
    private readonly int _bitcodeLength;
    private readonly nint _machine;
    private readonly string _symbolPrefix;

    public TraceObjectBuilder(LlvmLevel level, string bitcodePath)
    {
        _level = level;
        byte[] bytes = File.ReadAllBytes(bitcodePath);
        _bitcodeLength = bytes.Length;
        _bitcode = (byte*)NativeMemory.Alloc((nuint)bytes.Length);
        bytes.CopyTo(new Span<byte>(_bitcode, bytes.Length));
        (Triple, string cpu, string dataLayout) = ReadTarget();
        _symbolPrefix = LlvmMangling.GlobalPrefix(dataLayout);
        _machine = LlvmTarget.CreateMachine(Triple, cpu, level.CodeGenLevel);
    }

    /// <summary>The triple the bitcode was compiled for, which the code is emitted for.</summary>
    public string Triple { get; }

    /// <summary>What the object file calls the function <paramref name="name"/> (Mach-O and 32-bit Windows prefix C names with "_").</summary>
    public string ObjectSymbol(string name) => _symbolPrefix + name;

    /// <summary>IR build, passes and machine code: the trace's object file in memory (an LLVMMemoryBufferRef the caller owns).</summary>
    public nint Build(NativeTrace trace, string name, PhaseClock clock)
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

    /// <summary>The bitcode's triple, the CPU its bodies were compiled for (the target machine uses both) and its data layout.</summary>
    private (string Triple, string Cpu, string DataLayout) ReadTarget()
    {
        nint context = LlvmCore.LLVMContextCreate();
        try
        {
            nint module = LlvmBitcode.LoadLazily(context, (nint)_bitcode, _bitcodeLength);
            string triple = Marshal.PtrToStringUTF8(LlvmCore.LLVMGetTarget(module)) ?? "";
            nint enter = LlvmCore.LLVMGetNamedFunction(module, "sb_llvm_enter");
            nint cpu = enter == 0 ? 0 : LlvmCore.LLVMGetStringAttributeAtIndex(enter, LlvmCore.FunctionIndex, "target-cpu", 10);
            string cpuName = cpu == 0 ? "" : Marshal.PtrToStringUTF8(LlvmCore.LLVMGetStringAttributeValue(cpu, out uint length), (int)length);
            return (triple, cpuName, LlvmBitcode.DataLayout(module));
        }
        finally
        {
            LlvmCore.LLVMContextDispose(context);
        }
    }
}
