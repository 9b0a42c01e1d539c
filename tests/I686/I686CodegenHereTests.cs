using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Native;
using StencilBench.Harness.Targets;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.I686;

/// <summary>
/// i686 copy-and-patch compiled in this 64-bit process, to time its codegen: its 32-bit holes take
/// the 32-bit loader's runtime and constants and code mapped below 2 GB here; with this process's
/// own addresses they cannot be patched at all.
/// </summary>
public class I686CodegenHereTests
{
    private const string Host = "x86_64-unknown-linux-gnu", Windows32 = "i686-pc-windows-msvc";

    private static readonly Workload Fibonacci = WorkloadCatalog.Load().Get("fibonacci").Instantiate();

    [Fact]
    public void I686_code_compiles_here_patched_for_the_loaders_address_space()
    {
        using var space = LoaderAddressSpace.For(Windows32, Host) ?? throw new InvalidOperationException("no loader space for i686");
        var backend = space.CopyAndPatch();
        using var trace = backend.Resolved(Fibonacci.Trace) ?? throw new InvalidOperationException("no loader operands");
        using var compiled = backend.Compile(trace);
        Assert.True(compiled.CodeBytes > 0);
        Assert.True(backend.PatchedForLoader);
    }

    [Fact]
    public void With_this_processs_own_addresses_i686_holes_overflow()
    {
        using var trace = new NativeTrace(Fibonacci.Trace);
        using var backend = new CopyAndPatchBackend(Windows32);
        Assert.Throws<OverflowException>(() => backend.Compile(trace).Dispose());
    }

    [Fact]
    public void Only_a_target_narrower_than_the_host_is_patched_for_a_loader()
    {
        Assert.Null(LoaderAddressSpace.For("powerpc64le-unknown-linux-gnu", Host));
        Assert.Null(LoaderAddressSpace.For(Host, Host));
    }
}
