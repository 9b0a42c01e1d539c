using System.Runtime.InteropServices;

namespace StencilBench.Backends.Llvm.Native;

/// <summary>llvm-c/LLJIT.h and Orc.h: the ORC LLJIT, its main JITDylib and resource trackers.</summary>
internal static partial class LlvmOrc
{
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMOrcCreateLLJIT(out nint jit, nint builder);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMOrcDisposeLLJIT(nint jit);
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMOrcLLJITGetMainJITDylib(nint jit);
    [LibraryImport(LlvmLibrary.Name)] private static partial byte LLVMOrcLLJITGetGlobalPrefix(nint jit);
    [LibraryImport(LlvmLibrary.Name)]
    private static partial nint LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(out nint generator, byte globalPrefix, nint filter, nint filterContext);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMOrcJITDylibAddGenerator(nint dylib, nint generator);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMOrcJITDylibCreateResourceTracker(nint dylib);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMOrcResourceTrackerRemove(nint tracker);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMOrcReleaseResourceTracker(nint tracker);
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMOrcLLJITAddObjectFileWithRT(nint jit, nint tracker, nint objectBuffer);
    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint LLVMOrcLLJITLookup(nint jit, out ulong address, string name);

    /// <summary>A host LLJIT whose main JITDylib also resolves symbols of the process (libc's memset, ...).</summary>
    public static (nint Jit, nint MainDylib) CreateJit()
    {
        LlvmError.Check(LLVMOrcCreateLLJIT(out nint jit, 0), "creating the LLJIT");
        nint dylib = LLVMOrcLLJITGetMainJITDylib(jit);
        LlvmError.Check(
            LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(out nint generator, LLVMOrcLLJITGetGlobalPrefix(jit), 0, 0),
            "searching the process for symbols");
        LLVMOrcJITDylibAddGenerator(dylib, generator);
        return (jit, dylib);
    }

    /// <summary>Links an object file (ownership passes to the JIT) under the tracker and returns the address of <paramref name="symbol"/>.</summary>
    public static ulong Load(nint jit, nint tracker, nint objectBuffer, string symbol)
    {
        LlvmError.Check(LLVMOrcLLJITAddObjectFileWithRT(jit, tracker, objectBuffer), "adding the object file");
        LlvmError.Check(LLVMOrcLLJITLookup(jit, out ulong address, symbol), $"looking up {symbol}");
        return address;
    }

    /// <summary>Frees everything the tracker owns (the trace's code and data) and the tracker.</summary>
    public static void Remove(nint tracker)
    {
        try
        {
            LlvmError.Check(LLVMOrcResourceTrackerRemove(tracker), "removing a trace");
        }
        finally
        {
            LLVMOrcReleaseResourceTracker(tracker);
        }
    }
}
