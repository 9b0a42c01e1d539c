using System.Runtime.InteropServices;

namespace StencilBench.Backends.Llvm.Native;

/// <summary>llvm-c/Object.h: reads a symbol's size from an object file in memory.</summary>
internal static partial class LlvmObject
{
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMCreateBinary(nint buffer, nint context, out nint errorMessage);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMDisposeBinary(nint binary);
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMObjectFileCopySymbolIterator(nint binary);
    [LibraryImport(LlvmLibrary.Name)] private static partial int LLVMObjectFileIsSymbolIteratorAtEnd(nint binary, nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMMoveToNextSymbol(nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMDisposeSymbolIterator(nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMGetSymbolName(nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial ulong LLVMGetSymbolSize(nint iterator);

    /// <summary>The size in bytes of <paramref name="symbol"/> in the object file (the buffer stays the caller's).</summary>
    public static int SymbolSize(nint objectBuffer, string symbol)
    {
        nint binary = LLVMCreateBinary(objectBuffer, 0, out nint error);
        if (binary == 0)
        {
            throw new InvalidOperationException($"LLVM: cannot read the object file: {LlvmError.TakeMessage(error)}");
        }
        nint it = LLVMObjectFileCopySymbolIterator(binary);
        try
        {
            for (; LLVMObjectFileIsSymbolIteratorAtEnd(binary, it) == 0; LLVMMoveToNextSymbol(it))
            {
                if (Marshal.PtrToStringUTF8(LLVMGetSymbolName(it)) == symbol)
                {
                    return checked((int)LLVMGetSymbolSize(it));
                }
            }
            throw new InvalidOperationException($"LLVM: the object file has no symbol {symbol}");
        }
        finally
        {
            LLVMDisposeSymbolIterator(it);
            LLVMDisposeBinary(binary);
        }
    }
}
