using StencilBench.Backends.Llvm;
using StencilBench.Backends.Llvm.Cross;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.PerTarget;

/// <summary>LLVM emitting another target's object file on this host: code bytes and phases, never run.</summary>
public class LlvmCrossBackendTests
{
    private static int CodeBytes(LlvmLevel level, string triple)
    {
        var backend = new LlvmCrossBackend(level, triple);
        Assert.Null(backend.Unavailable);
        using var trace = new NativeTrace(WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace);
        using var compiled = backend.Compile(trace);
        Assert.Equal(["IR build", "passes", "machine code"], compiled.Phases.Select(p => p.Name));
        return compiled.CodeBytes;
    }

    [Theory]
    [InlineData("aarch64-unknown-linux-gnu")]
    [InlineData("powerpc64le-unknown-linux-gnu")]
    public void Code_for_a_fixed_width_target_is_whole_instructions(string triple)
    {
        int bytes = CodeBytes(LlvmLevel.O2, triple);
        Assert.True(bytes > 0 && bytes % 4 == 0, $"{bytes} bytes");
    }

    [Fact]
    public void The_level_changes_the_code() =>
        Assert.NotEqual(CodeBytes(LlvmLevel.O0, "aarch64-unknown-linux-gnu"), CodeBytes(LlvmLevel.O2, "aarch64-unknown-linux-gnu"));

    [Fact]
    public unsafe void Code_emitted_for_another_target_refuses_to_run()
    {
        using var trace = new NativeTrace(WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace);
        using var compiled = new LlvmCrossBackend(LlvmLevel.O0, "powerpc64le-unknown-linux-gnu").Compile(trace);
        var e = Assert.Throws<NotSupportedException>(() => compiled.Run(null, null));
        Assert.Equal("code emitted for powerpc64le-unknown-linux-gnu does not run on this host", e.Message);
    }

    [Fact]
    public void A_target_without_bitcode_is_unavailable_naming_the_built_ones() =>
        Assert.Equal("no uop bitcode is built for riscv64-unknown-linux-gnu (built: aarch64-unknown-linux-gnu, powerpc64le-unknown-linux-gnu)",
            new LlvmCrossBackend(LlvmLevel.O0, "riscv64-unknown-linux-gnu").Unavailable);
}
