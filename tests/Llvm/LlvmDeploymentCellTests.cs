using StencilBench.Harness.Backends;
using StencilBench.Harness.Reporting;

namespace StencilBench.Tests.Llvm;

/// <summary><c>list --targets</c>: the LLVM backends' cells for the targets they emit object files for.</summary>
public class LlvmDeploymentCellTests
{
    [Theory]
    [InlineData("llvm-O0", "x86_64-apple-darwin")]
    [InlineData("llvm-O2", "aarch64-apple-darwin")]
    [InlineData("llvm-O0", "x86_64-pc-windows-msvc")]
    [InlineData("llvm-O2", "i686-pc-windows-msvc")]
    public void Llvm_emits_mach_o_and_coff_code_for_run_target(string backend, string triple) =>
        Assert.Equal(DeploymentTable.EmittedOnly,
            new DeploymentTable("x86_64-unknown-linux-gnu", _ => null).Cell(new BackendRegistry().Get(backend).Descriptor, triple));
}
