using System.Buffers.Binary;
using StencilBench.Backends.Llvm;

namespace StencilBench.Tests.Llvm;

/// <summary>The object files the cross backends emit are the target's own format, for its machine.</summary>
public class EmittedObjectFormatTests
{
    // The first bytes of a relocatable object, read without LLVM: Mach-O's magic and CPU type, or
    // COFF's machine (a COFF object has no magic of its own), or ELF's magic and e_machine.
    private static string Format(byte[] file) =>
        BinaryPrimitives.ReadUInt32LittleEndian(file) switch
        {
            0xFEEDFACF => $"Mach-O 64 cpu 0x{BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4)):x8}",
            0x464C457F => $"ELF machine {BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(18))}",
            _ => $"COFF machine 0x{BinaryPrimitives.ReadUInt16LittleEndian(file):x4}",
        };

    [Theory]
    [InlineData("x86_64-apple-darwin", "Mach-O 64 cpu 0x01000007")]
    [InlineData("aarch64-apple-darwin", "Mach-O 64 cpu 0x0100000c")]
    [InlineData("x86_64-pc-windows-msvc", "COFF machine 0x8664")]
    [InlineData("i686-pc-windows-msvc", "COFF machine 0x014c")]
    [InlineData("aarch64-unknown-linux-gnu", "ELF machine 183")]
    public void The_object_file_is_the_targets_format_for_its_machine(string triple, string format) =>
        Assert.Equal(format, Format(EmittedFibonacci.Bytes(triple, LlvmLevel.O0)));
}
