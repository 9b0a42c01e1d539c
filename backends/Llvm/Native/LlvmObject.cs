using System.Runtime.InteropServices;

namespace StencilBench.Backends.Llvm.Native;

/// <summary>
/// llvm-c/Object.h: how many bytes of code a function has in an object file in memory. ELF
/// records a symbol's size; Mach-O and COFF record none (there LLVMGetSymbolSize gives only a
/// common symbol's size: 0 for a function at the start of its section), so there a function
/// extends to the next symbol of its section, or to the section's end.
/// </summary>
internal static partial class LlvmObject
{
    private const int BinaryTypeElf32L = 6, BinaryTypeElf64B = 9;

    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMCreateBinary(nint buffer, nint context, out nint errorMessage);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMDisposeBinary(nint binary);
    [LibraryImport(LlvmLibrary.Name)] private static partial int LLVMBinaryGetType(nint binary);
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMObjectFileCopySymbolIterator(nint binary);
    [LibraryImport(LlvmLibrary.Name)] private static partial int LLVMObjectFileIsSymbolIteratorAtEnd(nint binary, nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMMoveToNextSymbol(nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMDisposeSymbolIterator(nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMGetSymbolName(nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial ulong LLVMGetSymbolSize(nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial ulong LLVMGetSymbolAddress(nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMObjectFileCopySectionIterator(nint binary);
    [LibraryImport(LlvmLibrary.Name)] private static partial int LLVMObjectFileIsSectionIteratorAtEnd(nint binary, nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMDisposeSectionIterator(nint iterator);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMMoveToContainingSection(nint section, nint symbol);
    [LibraryImport(LlvmLibrary.Name)] private static partial int LLVMGetSectionContainsSymbol(nint section, nint symbol);
    [LibraryImport(LlvmLibrary.Name)] private static partial ulong LLVMGetSectionAddress(nint section);
    [LibraryImport(LlvmLibrary.Name)] private static partial ulong LLVMGetSectionSize(nint section);

    /// <summary>
    /// The size in bytes of the function <paramref name="symbol"/> (its name in the object file,
    /// with the format's prefix) in the object file (the buffer stays the caller's).
    /// </summary>
    public static int SymbolSize(nint objectBuffer, string symbol) =>
        Read(objectBuffer, symbol, (binary, it) => LLVMBinaryGetType(binary) is >= BinaryTypeElf32L and <= BinaryTypeElf64B
            ? LLVMGetSymbolSize(it)
            : Extent(binary, it, symbol));

    /// <summary>
    /// From <paramref name="symbol"/> to the next symbol of its section or the section's end, in
    /// bytes, whatever the format records (on ELF, for one function alone in its section, the
    /// recorded size).
    /// </summary>
    public static int SymbolExtent(nint objectBuffer, string symbol) =>
        Read(objectBuffer, symbol, (binary, it) => Extent(binary, it, symbol));

    private static int Read(nint objectBuffer, string symbol, Func<nint, nint, ulong> size)
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
                    return checked((int)size(binary, it));
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

    // Addresses, not offsets: a Mach-O object lays its sections out one after another, so a
    // symbol's address and its section's start both count from the first section.
    private static ulong Extent(nint binary, nint symbol, string name)
    {
        nint section = LLVMObjectFileCopySectionIterator(binary);
        nint other = LLVMObjectFileCopySymbolIterator(binary);
        try
        {
            LLVMMoveToContainingSection(section, symbol);
            if (LLVMObjectFileIsSectionIteratorAtEnd(binary, section) != 0)
            {
                throw new InvalidOperationException($"LLVM: the object file's symbol {name} lies in no section");
            }
            ulong start = LLVMGetSymbolAddress(symbol);
            ulong end = LLVMGetSectionAddress(section) + LLVMGetSectionSize(section);
            for (; LLVMObjectFileIsSymbolIteratorAtEnd(binary, other) == 0; LLVMMoveToNextSymbol(other))
            {
                // Section symbols and Mach-O's ltmp labels share the function's address: not an end.
                if (LLVMGetSectionContainsSymbol(section, other) != 0 && LLVMGetSymbolAddress(other) is ulong at && at > start && at < end)
                {
                    end = at;
                }
            }
            return end - start;
        }
        finally
        {
            LLVMDisposeSymbolIterator(other);
            LLVMDisposeSectionIterator(section);
        }
    }
}
