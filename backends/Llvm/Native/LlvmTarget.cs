using System.Runtime.InteropServices;

namespace StencilBench.Backends.Llvm.Native;

/// <summary>llvm-c/Target.h and TargetMachine.h: target registration, target machines, code emission.</summary>
internal static partial class LlvmTarget
{
    public const int CodeGenLevelNone = 0;
    public const int CodeGenLevelDefault = 2;
    private const int RelocPic = 2;
    private const int CodeModelJitDefault = 1;
    private const int ObjectFile = 1;

    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMInitializeX86TargetInfo();
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMInitializeX86Target();
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMInitializeX86TargetMC();
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMInitializeX86AsmPrinter();
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMInitializeAArch64TargetInfo();
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMInitializeAArch64Target();
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMInitializeAArch64TargetMC();
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMInitializeAArch64AsmPrinter();

    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LLVMGetTargetFromTriple(string triple, out nint target, out nint errorMessage);
    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint LLVMCreateTargetMachine(nint target, string triple, string cpu, string features, int level, int reloc, int codeModel);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMDisposeTargetMachine(nint targetMachine);
    [LibraryImport(LlvmLibrary.Name)]
    private static partial int LLVMTargetMachineEmitToMemoryBuffer(nint targetMachine, nint module, int fileType, out nint errorMessage, out nint buffer);

    /// <summary>A target machine for position-independent JIT code (any load address) at the given codegen level.</summary>
    public static nint CreateMachine(string triple, string cpu, int level)
    {
        if (LLVMGetTargetFromTriple(triple, out nint target, out nint error) != 0)
        {
            throw new InvalidOperationException($"LLVM: no target for {triple}: {LlvmError.TakeMessage(error)}");
        }
        nint machine = LLVMCreateTargetMachine(target, triple, cpu, "", level, RelocPic, CodeModelJitDefault);
        return machine != 0 ? machine : throw new InvalidOperationException($"LLVM: cannot create a target machine for {triple} ({cpu})");
    }

    /// <summary>Compiles the module to an object file in memory (an LLVMMemoryBufferRef the caller owns).</summary>
    public static nint EmitObject(nint targetMachine, nint module) =>
        LLVMTargetMachineEmitToMemoryBuffer(targetMachine, module, ObjectFile, out nint error, out nint buffer) == 0
            ? buffer
            : throw new InvalidOperationException($"LLVM: code generation failed: {LlvmError.TakeMessage(error)}");
}
