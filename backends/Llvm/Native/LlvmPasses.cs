using System.Runtime.InteropServices;

namespace StencilBench.Backends.Llvm.Native;

/// <summary>llvm-c/Transforms/PassBuilder.h: the new pass manager.</summary>
internal static partial class LlvmPasses
{
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMCreatePassBuilderOptions();
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMDisposePassBuilderOptions(nint options);
    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint LLVMRunPasses(nint module, string passes, nint targetMachine, nint options);

    /// <summary>Runs a pass pipeline such as <c>default&lt;O2&gt;</c> on the module.</summary>
    public static void Run(nint module, string pipeline, nint targetMachine)
    {
        nint options = LLVMCreatePassBuilderOptions();
        try
        {
            LlvmError.Check(LLVMRunPasses(module, pipeline, targetMachine, options), pipeline);
        }
        finally
        {
            LLVMDisposePassBuilderOptions(options);
        }
    }
}
