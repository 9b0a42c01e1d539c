using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace StencilBench.Backends.Llvm.Native;

/// <summary>
/// Finds and loads libLLVM (Debian's llvm-19) once, on first use, and initialises the host
/// target. The bindings name the library <see cref="Name"/>, which no real file has, so the
/// runtime's own probing fails and the resolver below hands it the handle loaded here.
/// </summary>
internal static class LlvmLibrary
{
    public const string Name = "stencilbench-llvm-19";

    private static readonly string[] Candidates =
    [
        "libLLVM.so.19.1",
        "/usr/lib/llvm-19/lib/libLLVM.so.19.1",
        "/usr/lib/x86_64-linux-gnu/libLLVM.so.19.1",
        "/usr/lib/aarch64-linux-gnu/libLLVM.so.19.1",
        "libLLVM-19.so",
    ];

    private static readonly Lazy<string?> LazyError = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Null when libLLVM is loaded and the host target ready; otherwise one line saying what to install.</summary>
    public static string? Error => LazyError.Value;

    /// <summary>Throws with <see cref="Error"/> when libLLVM is not usable.</summary>
    public static void EnsureLoaded()
    {
        if (Error is string e)
        {
            throw new InvalidOperationException(e);
        }
    }

    private static string? Load()
    {
        nint handle = 0;
        if (!Candidates.Any(c => NativeLibrary.TryLoad(c, out handle)))
        {
            return "llvm-19 (libLLVM.so.19.1) not found: apt-get install llvm-19";
        }
        AssemblyLoadContext.Default.ResolvingUnmanagedDll += (assembly, name) =>
            name == Name && assembly == typeof(LlvmLibrary).Assembly ? handle : 0;
        return InitializeHostTarget();
    }

    private static string? InitializeHostTarget()
    {
        switch (RuntimeInformation.ProcessArchitecture)
        {
            case Architecture.X64:
                LlvmTarget.LLVMInitializeX86TargetInfo();
                LlvmTarget.LLVMInitializeX86Target();
                LlvmTarget.LLVMInitializeX86TargetMC();
                LlvmTarget.LLVMInitializeX86AsmPrinter();
                return null;
            case Architecture.Arm64:
                LlvmTarget.LLVMInitializeAArch64TargetInfo();
                LlvmTarget.LLVMInitializeAArch64Target();
                LlvmTarget.LLVMInitializeAArch64TargetMC();
                LlvmTarget.LLVMInitializeAArch64AsmPrinter();
                return null;
            default:
                return $"the LLVM backends support x86-64 and aarch64 hosts, not {RuntimeInformation.ProcessArchitecture}";
        }
    }
}
