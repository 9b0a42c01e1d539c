using StencilBench.Backends.Llvm;
using StencilBench.Backends.Llvm.Native;
using StencilBench.Core.Backends;
using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.Llvm;

/// <summary>
/// The trace function's size in an emitted object file, in every format: ELF records it, Mach-O and
/// COFF do not (LlvmObject measures to the next symbol or the section's end there). Checked
/// against the stencil generator's own Mach-O and COFF readers, which share no code with LLVM's.
/// </summary>
public class EmittedFunctionSizeTests
{
    // The function's extent as the generator's reader sees the file: from its offset to the next
    // symbol of its section, or to the section's end.
    private static int ExtentByOtherReader(ObjectFile file, string symbol)
    {
        var function = Assert.Single(file.Symbols, s => s.Name == symbol);
        var section = Assert.Single(file.Sections, s => s.Index == function.Section);
        long end = file.Symbols.Where(s => s.Section == function.Section && s.Value > function.Value)
            .Select(s => s.Value).Append(section.Bytes.Length).Min();
        return checked((int)(end - function.Value));
    }

    private static ObjectFile ReadWithoutLlvm(string triple, byte[] bytes) =>
        triple.Contains("-apple-", StringComparison.Ordinal) ? MachOObjectReader.Read(bytes, triple) : CoffObjectReader.Read(bytes, triple);

    [Theory]
    [InlineData("x86_64-apple-darwin", "O0")]
    [InlineData("x86_64-apple-darwin", "O2")]
    [InlineData("aarch64-apple-darwin", "O0")]
    [InlineData("aarch64-apple-darwin", "O2")]
    [InlineData("x86_64-pc-windows-msvc", "O0")]
    [InlineData("x86_64-pc-windows-msvc", "O2")]
    [InlineData("i686-pc-windows-msvc", "O0")]
    [InlineData("i686-pc-windows-msvc", "O2")]
    public void On_mach_o_and_coff_the_size_is_the_functions_extent_as_another_reader_sees_it(string triple, string level)
    {
        var (size, symbol, bytes) = EmittedFibonacci.Read(triple, EmittedFibonacci.Level(level),
            (file, symbol) => (LlvmObject.SymbolSize(file, symbol), symbol, LlvmBitcode.CopyBytes(file)));
        Assert.True(size > 0, $"{size} bytes");
        Assert.Equal(ExtentByOtherReader(ReadWithoutLlvm(triple, bytes), symbol), size);
    }

    [Theory]
    [InlineData("x86_64-apple-darwin", "_sb_trace_1")]
    [InlineData("aarch64-apple-darwin", "_sb_trace_1")]
    [InlineData("x86_64-pc-windows-msvc", "sb_trace_1")]
    [InlineData("i686-pc-windows-msvc", "_sb_trace_1")]
    [InlineData("aarch64-unknown-linux-gnu", "sb_trace_1")]
    public void The_function_is_read_under_the_name_its_format_gives_c_functions(string triple, string name) =>
        Assert.Equal(name, EmittedFibonacci.Read(triple, LlvmLevel.O0, (_, symbol) => symbol));

    [Theory]
    [InlineData("aarch64-unknown-linux-gnu")]
    [InlineData("powerpc64le-unknown-linux-gnu")]
    public void On_elf_the_extent_is_the_recorded_size(string triple)
    {
        var (size, extent) = EmittedFibonacci.Read(triple, LlvmLevel.O2, (file, symbol) => (LlvmObject.SymbolSize(file, symbol), LlvmObject.SymbolExtent(file, symbol)));
        Assert.True(size > 0, $"{size} bytes");
        Assert.Equal(size, extent);
    }

    [Fact]
    public void On_the_hosts_elf_the_extent_is_the_recorded_size()
    {
        var (size, extent) = EmittedFibonacci.Read(HostTriple.Current, LlvmLevel.O2, (file, symbol) => (LlvmObject.SymbolSize(file, symbol), LlvmObject.SymbolExtent(file, symbol)));
        Assert.True(size > 0, $"{size} bytes");
        Assert.Equal(size, extent);
    }

    [Fact]
    public void A_name_the_object_file_does_not_have_is_named_in_the_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            EmittedFibonacci.Read("aarch64-apple-darwin", LlvmLevel.O0, (file, _) => LlvmObject.SymbolSize(file, EmittedFibonacci.Function)));
        Assert.Equal("LLVM: the object file has no symbol sb_trace_1", e.Message);
    }
}
