using StencilBench.Tests.MachO;

namespace StencilBench.Tests.Coff;

/// <summary>
/// A small x86-64 COFF object assembled by clang-19 (the stencils' own assembler) with each kind
/// of reference the Windows stencils make, at known offsets.
/// </summary>
public static class CoffFixture
{
    // A call through an import at 0x2, a 16-bit load through an import at 0x9, a section-relative
    // lea of the second string at 0x10, a jump to k+8 at 0x15, a compare of m with an immediate
    // after the field at 0x1b; in data, g+16 at 0x0 and the second string's address at 0x8.
    public const string Assembly = """
          .text
          .globl f
        f:
          callq *__imp_g(%rip)
          movzwl __imp_h(%rip), %eax
          leaq .Lstr(%rip), %rax
          jmp k+8
          cmpb $1, m(%rip)
          .section .rdata,"dr"
        .Lpad: .asciz "xyz"
        .Lstr: .asciz "ab"
          .data
          .quad g+16
          .quad .Lstr
        """;

    /// <summary>The assembled object's bytes for <paramref name="triple"/>.</summary>
    public static byte[] Assemble(string triple = "x86_64-pc-windows-msvc", string source = Assembly) => MachOFixture.Assemble(triple, source);
}
