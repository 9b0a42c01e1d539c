using StencilBench.Backends.Llvm.Native;

namespace StencilBench.Backends.Llvm;

/// <summary>An optimisation level of the LLVM backend: its pass pipeline and its code generator's level.</summary>
/// <param name="BackendName">The backend's name: <c>llvm-O0</c> or <c>llvm-O2</c>.</param>
/// <param name="Pipeline">The new pass manager's pipeline, run on the trace's module.</param>
/// <param name="CodeGenLevel">LLVMCodeGenOptLevel: None selects FastISel and the fast register allocator.</param>
public sealed record LlvmLevel(string BackendName, string Pipeline, int CodeGenLevel, string Description)
{
    public static LlvmLevel O0 { get; } = new(
        "llvm-O0", "default<O0>", LlvmTarget.CodeGenLevelNone,
        "trace lowered to LLVM IR over the uop bodies' bitcode, LLVM -O0 (always-inline, FastISel) via ORC: a traditional JIT toolchain");

    public static LlvmLevel O2 { get; } = new(
        "llvm-O2", "default<O2>", LlvmTarget.CodeGenLevelDefault,
        "the same IR through LLVM's default<O2> pipeline and -O2 code generation: an optimizing JIT, the upper bound on code quality");
}
