using StencilBench.Backends.Llvm.Native;

namespace StencilBench.Tests.Llvm;

/// <summary>Finding libLLVM: the one line a user sees when it is missing.</summary>
public class LlvmLibraryTests
{
    [Fact]
    public void A_missing_libllvm_says_what_to_install()
    {
        var (handle, error) = LlvmLibrary.Probe(["/nonexistent/libLLVM.so.19.1"]);
        Assert.Equal((0, "llvm-19 (libLLVM.so.19.1) not found: apt-get install llvm-19"), (handle, error));
    }

    [Fact]
    public void The_installed_libllvm_is_found()
    {
        Assert.Null(LlvmLibrary.Probe(LlvmLibrary.Candidates).Error);
    }
}
