using System.Runtime.InteropServices;

namespace StencilBench.Backends.Llvm.Native;

/// <summary>
/// The LLVM targets besides the host's that the cross backends emit code for: registered once,
/// on first use (registering a target twice is allowed by LLVM and does nothing).
/// </summary>
internal static partial class LlvmCrossTargets
{
    private static readonly Lazy<bool> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMInitializePowerPCTargetInfo();
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMInitializePowerPCTarget();
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMInitializePowerPCTargetMC();
    [LibraryImport(LlvmLibrary.Name)] private static partial void LLVMInitializePowerPCAsmPrinter();

    /// <summary>
    /// Registers X86 (x86-64 and i686, Linux, macOS and Windows), AArch64 (Linux and macOS) and
    /// PowerPC (ppc64le): every target of <c>LlvmCrossBackend.Triples</c>, whatever the host.
    /// </summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    private static bool Register()
    {
        // The bindings resolve through the loaded library: a call before it is loaded fails for good.
        LlvmLibrary.EnsureLoaded();
        LlvmTarget.LLVMInitializeX86TargetInfo();
        LlvmTarget.LLVMInitializeX86Target();
        LlvmTarget.LLVMInitializeX86TargetMC();
        LlvmTarget.LLVMInitializeX86AsmPrinter();
        LlvmTarget.LLVMInitializeAArch64TargetInfo();
        LlvmTarget.LLVMInitializeAArch64Target();
        LlvmTarget.LLVMInitializeAArch64TargetMC();
        LlvmTarget.LLVMInitializeAArch64AsmPrinter();
        LLVMInitializePowerPCTargetInfo();
        LLVMInitializePowerPCTarget();
        LLVMInitializePowerPCTargetMC();
        LLVMInitializePowerPCAsmPrinter();
        return true;
    }
}
