using System.Runtime.InteropServices;

namespace StencilBench.Backends.Llvm.Native;

/// <summary>llvm-c/Core.h memory buffers and modules, llvm-c/BitReader.h and Linker.h.</summary>
internal static partial class LlvmBitcode
{
    private const int LinkOnceOdrLinkage = 3;

    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint LLVMCreateMemoryBufferWithMemoryRange(nint data, nuint length, string name, int requiresNullTerminator);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMDisposeMemoryBuffer(nint buffer);
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMGetBufferStart(nint buffer);
    [LibraryImport(LlvmLibrary.Name)] private static partial nuint LLVMGetBufferSize(nint buffer);
    [LibraryImport(LlvmLibrary.Name)] private static partial int LLVMGetBitcodeModuleInContext2(nint context, nint buffer, out nint module);
    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint LLVMModuleCreateWithNameInContext(string name, nint context);
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMGetDataLayoutStr(nint module);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMSetDataLayout(nint module, nint layout);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMSetTarget(nint module, nint triple);
    [LibraryImport(LlvmLibrary.Name)] private static partial int LLVMLinkModules2(nint destination, nint source);

    /// <summary>
    /// Opens bitcode (held by the caller, in native memory, for the module's lifetime) lazily:
    /// a function's body is read only when something needs it.
    /// </summary>
    public static nint LoadLazily(nint context, nint data, int length)
    {
        nint buffer = LLVMCreateMemoryBufferWithMemoryRange(data, (nuint)length, "sb_uops.bc", 0);
        return LLVMGetBitcodeModuleInContext2(context, buffer, out nint module) == 0
            ? module
            : throw new InvalidOperationException("LLVM: sb_uops.bc is not valid bitcode for this libLLVM");
    }

    /// <summary>A copy of a memory buffer's bytes (an emitted object file, for a reader other than LLVM's).</summary>
    public static byte[] CopyBytes(nint buffer)
    {
        var bytes = new byte[checked((int)LLVMGetBufferSize(buffer))];
        Marshal.Copy(LLVMGetBufferStart(buffer), bytes, 0, bytes.Length);
        return bytes;
    }

    /// <summary>The module's data layout string (e-m:e-p270:32:32-...).</summary>
    public static string DataLayout(nint module) => Marshal.PtrToStringUTF8(LLVMGetDataLayoutStr(module)) ?? "";

    /// <summary>An empty module with the same triple and data layout as <paramref name="like"/>.</summary>
    public static nint CreateModule(nint context, string name, nint like)
    {
        nint module = LLVMModuleCreateWithNameInContext(name, context);
        LLVMSetTarget(module, LlvmCore.LLVMGetTarget(like));
        LLVMSetDataLayout(module, LLVMGetDataLayoutStr(like));
        return module;
    }

    /// <summary>
    /// Links into <paramref name="destination"/> only the functions of <paramref name="source"/> it
    /// declares (each becomes link-once, which the linker copies only when referenced), reading
    /// just their bodies. The source module is destroyed.
    /// </summary>
    public static void LinkNeeded(nint destination, nint source)
    {
        for (nint f = LlvmCore.LLVMGetFirstFunction(source); f != 0; f = LlvmCore.LLVMGetNextFunction(f))
        {
            if (LlvmCore.LLVMIsDeclaration(f) == 0)
            {
                LlvmCore.LLVMSetLinkage(f, LinkOnceOdrLinkage);
            }
        }
        if (LLVMLinkModules2(destination, source) != 0)
        {
            throw new InvalidOperationException("LLVM: linking the uop bodies into the trace's module failed");
        }
    }
}
