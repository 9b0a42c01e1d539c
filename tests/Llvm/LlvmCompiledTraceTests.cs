using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Llvm;

/// <summary>What an LLVM-compiled trace reports: phases, code bytes, machine code; and its disposal.</summary>
public class LlvmCompiledTraceTests
{
    private static NativeTrace Fibonacci() =>
        new(WorkloadCatalog.Load().All.First(w => w.Name.StartsWith("fib", StringComparison.Ordinal)).Instantiate().Trace);

    [Theory]
    [InlineData("O0")]
    [InlineData("O2")]
    public void Phases_are_ir_build_passes_machine_code_load_in_order(string level)
    {
        using var trace = Fibonacci();
        using var compiled = LlvmTestBackends.Get(level).Compile(trace);
        Assert.Equal(["IR build", "passes", "machine code", "load"], compiled.Phases.Select(p => p.Name));
    }

    [Theory]
    [InlineData("O0")]
    [InlineData("O2")]
    public void Every_phase_takes_some_time(string level)
    {
        using var trace = Fibonacci();
        using var compiled = LlvmTestBackends.Get(level).Compile(trace);
        Assert.All(compiled.Phases, p => Assert.True(p.Nanoseconds > 0, p.Name));
    }

    [Theory]
    [InlineData("O0")]
    [InlineData("O2")]
    public void Machine_code_holds_code_bytes_bytes_in_one_region(string level)
    {
        using var trace = Fibonacci();
        using var compiled = LlvmTestBackends.Get(level).Compile(trace);
        var code = compiled.Code!;
        Assert.True(compiled.CodeBytes > 0);
        Assert.Equal(compiled.CodeBytes, code.Bytes.Length);
        Assert.Equal(new CodeRegion(-1, code.Regions[0].UopName, 0, compiled.CodeBytes), Assert.Single(code.Regions));
    }

    [Fact]
    public void O2_code_is_smaller_than_O0_code_for_fibonacci()
    {
        using var trace = Fibonacci();
        using var o0 = LlvmTestBackends.Get("O0").Compile(trace);
        using var o2 = LlvmTestBackends.Get("O2").Compile(trace);
        Assert.True(o2.CodeBytes < o0.CodeBytes, $"O2 {o2.CodeBytes} bytes, O0 {o0.CodeBytes} bytes");
    }

    [Theory]
    [InlineData("O0")]
    [InlineData("O2")]
    public void Machine_code_is_x86_64_on_this_host(string level)
    {
        using var trace = Fibonacci();
        using var compiled = LlvmTestBackends.Get(level).Compile(trace);
        Assert.Equal("x86_64", compiled.Code!.Architecture);
    }

    [Fact]
    public void Disposing_twice_is_harmless()
    {
        using var trace = Fibonacci();
        var compiled = LlvmTestBackends.Get("O0").Compile(trace);
        compiled.Dispose();
        compiled.Dispose();
    }

    [Fact]
    public void A_disposed_trace_has_no_machine_code()
    {
        using var trace = Fibonacci();
        var compiled = LlvmTestBackends.Get("O0").Compile(trace);
        compiled.Dispose();
        Assert.Throws<ObjectDisposedException>(() => compiled.Code);
    }
}
