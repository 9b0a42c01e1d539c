using StencilBench.Core.Backends;
using StencilBench.Harness.Backends;

namespace StencilBench.Tests.Llvm;

/// <summary>The LLVM backends as users see them in the registry.</summary>
public class LlvmRegistryTests
{
    [Theory]
    [InlineData("llvm-O0")]
    [InlineData("llvm-O2")]
    public void Registry_has_the_backend(string name) =>
        Assert.Equal(name, new BackendRegistry().Get(name).Name);

    [Theory]
    [InlineData("llvm-O0")]
    [InlineData("llvm-O2")]
    public void Backend_is_available_where_llvm_19_is_installed(string name) =>
        Assert.Null(new BackendRegistry().Get(name).Unavailable);
}
