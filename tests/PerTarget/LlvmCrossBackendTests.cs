using StencilBench.Backends.CopyAndPatch.Generated;
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

    private static LlvmLevel Level(string name) => name == "O0" ? LlvmLevel.O0 : LlvmLevel.O2;

    [Theory]
    [InlineData("aarch64-unknown-linux-gnu")]
    [InlineData("aarch64-apple-darwin")]
    [InlineData("powerpc64le-unknown-linux-gnu")]
    public void Code_for_a_fixed_width_target_is_whole_instructions(string triple)
    {
        int bytes = CodeBytes(LlvmLevel.O2, triple);
        Assert.True(bytes > 0 && bytes % 4 == 0, $"{bytes} bytes");
    }

    // The same instruction set under another object format and ABI: within a factor of two of the
    // ELF code (i686's 64-bit arithmetic takes register pairs, hence x86-64 Linux's, not its own).
    [Theory]
    [InlineData("x86_64-apple-darwin", "x86_64-unknown-linux-gnu", "O0")]
    [InlineData("x86_64-apple-darwin", "x86_64-unknown-linux-gnu", "O2")]
    [InlineData("aarch64-apple-darwin", "aarch64-unknown-linux-gnu", "O0")]
    [InlineData("aarch64-apple-darwin", "aarch64-unknown-linux-gnu", "O2")]
    [InlineData("x86_64-pc-windows-msvc", "x86_64-unknown-linux-gnu", "O0")]
    [InlineData("x86_64-pc-windows-msvc", "x86_64-unknown-linux-gnu", "O2")]
    [InlineData("i686-pc-windows-msvc", "x86_64-unknown-linux-gnu", "O0")]
    [InlineData("i686-pc-windows-msvc", "x86_64-unknown-linux-gnu", "O2")]
    public void Code_for_another_format_is_about_as_long_as_elf_code_for_the_same_instruction_set(string triple, string elf, string level)
    {
        double ratio = (double)CodeBytes(Level(level), triple) / CodeBytes(Level(level), elf);
        Assert.InRange(ratio, 0.5, 2.0);
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
    public unsafe void Code_emitted_for_darwin_names_the_target_as_asked_not_as_clang_normalises_it()
    {
        using var trace = new NativeTrace(WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace);
        using var compiled = new LlvmCrossBackend(LlvmLevel.O0, "aarch64-apple-darwin").Compile(trace);
        var e = Assert.Throws<NotSupportedException>(() => compiled.Run(null, null));
        Assert.Equal("code emitted for aarch64-apple-darwin does not run on this host", e.Message);
    }

    [Fact]
    public void Every_target_with_stencils_has_uop_bitcode_built() =>
        Assert.All(StencilRegistry.All.Select(f => f.Triple).Distinct(), t => Assert.Null(new LlvmCrossBackend(LlvmLevel.O2, t).Unavailable));

    [Fact]
    public void A_target_without_bitcode_is_unavailable_naming_the_built_ones() =>
        Assert.Equal("no uop bitcode is built for riscv64-unknown-linux-gnu (built: aarch64-unknown-linux-gnu, powerpc64le-unknown-linux-gnu, "
            + "x86_64-apple-darwin, aarch64-apple-darwin, x86_64-pc-windows-msvc, i686-pc-windows-msvc)",
            new LlvmCrossBackend(LlvmLevel.O0, "riscv64-unknown-linux-gnu").Unavailable);
}
