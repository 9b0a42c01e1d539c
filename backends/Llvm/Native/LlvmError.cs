using System.Runtime.InteropServices;

namespace StencilBench.Backends.Llvm.Native;

/// <summary>LLVMErrorRef and LLVM's malloc'd messages (llvm-c/Error.h, Core.h), turned into exceptions.</summary>
internal static partial class LlvmError
{
    [LibraryImport(LlvmLibrary.Name)] private static partial nint LLVMGetErrorMessage(nint err);
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMDisposeErrorMessage(nint message);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMDisposeMessage(nint message);

    /// <summary>Throws when <paramref name="err"/> is an error, consuming it.</summary>
    public static void Check(nint err, string what)
    {
        if (err == 0)
        {
            return;
        }
        nint message = LLVMGetErrorMessage(err);
        string text = Marshal.PtrToStringUTF8(message) ?? "unknown error";
        LLVMDisposeErrorMessage(message);
        throw new InvalidOperationException($"LLVM: {what}: {text}");
    }

    /// <summary>Reads and frees a message LLVM returned through a <c>char**</c>.</summary>
    public static string TakeMessage(nint message)
    {
        if (message == 0)
        {
            return "unknown error";
        }
        string text = Marshal.PtrToStringUTF8(message) ?? "unknown error";
        LLVMDisposeMessage(message);
        return text;
    }
}
