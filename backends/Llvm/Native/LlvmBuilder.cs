using System.Runtime.InteropServices;

namespace StencilBench.Backends.Llvm.Native;

/// <summary>llvm-c/Core.h: basic blocks and the IR builder.</summary>
internal static partial class LlvmBuilder
{
    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint LLVMAppendBasicBlockInContext(nint context, nint function, string name);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMCreateBuilderInContext(nint context);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMDisposeBuilder(nint builder);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMPositionBuilderAtEnd(nint builder, nint block);

    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint LLVMBuildAlloca(nint builder, nint type, string name);
    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    public static unsafe partial nint LLVMBuildCall2(nint builder, nint functionType, nint function, nint* args, uint count, string name);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMBuildBr(nint builder, nint destination);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMBuildSwitch(nint builder, nint value, nint elseBlock, uint caseCount);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMAddCase(nint switchInstruction, nint onValue, nint destination);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMBuildRet(nint builder, nint value);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMBuildUnreachable(nint builder);
}
