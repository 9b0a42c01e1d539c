using StencilBench.Core.Backends;
using StencilBench.Harness.Disassembly;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary><c>disasm</c> decodes by architecture: Iced for x86-64, llvm-objdump-19 for the others.</summary>
public class InstructionDecoderTests
{
    [Fact]
    public void X86_64_is_decoded_in_process()
    {
        Assert.IsType<IcedX86Decoder>(InstructionDecoders.For("x86_64", out _));
    }

    [Fact]
    public void Aarch64_is_decoded_by_llvm_objdump_or_said_to_need_it()
    {
        var decoder = InstructionDecoders.For("aarch64", out string? why);
        if (!LlvmObjdumpDecoder.IsAvailable)
        {
            Assert.Null(decoder);
            Assert.Contains("llvm-objdump-19", why);
            return;
        }
        // brk #0xf000 (clang's __builtin_debugtrap on aarch64); nop.
        var code = new MachineCode([0x00, 0x00, 0x3e, 0xd4, 0x1f, 0x20, 0x03, 0xd5], 0x1000, "aarch64", [new CodeRegion(0, "(trap)", 0, 8)], []);
        var instructions = decoder!.Decode(code);
        Assert.Equal([(0, 4, "brk     #0xf000"), (4, 4, "nop")], instructions.Select(i => (i.Offset, i.Length, i.Text)));
    }

    [Fact]
    public void An_unknown_architecture_is_one_line()
    {
        Assert.Null(InstructionDecoders.For("mips", out string? why));
        Assert.Equal("no disassembler knows mips code", why);
    }
}
