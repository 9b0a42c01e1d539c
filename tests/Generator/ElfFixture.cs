namespace StencilBench.Tests.Generator;

/// <summary>
/// Small ELF objects assembled by clang-19 (the stencils' own assembler), with relocations of the
/// kinds the Linux stencils have at known offsets.
/// </summary>
public static class ElfFixture
{
    // In text: a GOT call at 0x2, a GOT load at 0x9, a lea of the second string at 0x10 (against
    // .rodata's section symbol), a jump to k+8 at 0x15. In data: g+16 at 0x0, the second string's
    // address at 0x8. Then 24 bytes of bss.
    public const string X86_64 = """
        .text
        .globl f
        f:
          callq *g@GOTPCREL(%rip)
          movq h@GOTPCREL(%rip), %rax
          leaq .Lstr(%rip), %rax
          jmp k+8
        .section .rodata
        .Lpad: .asciz "xyz"
        .Lstr: .asciz "ab"
        .data
        .p2align 4
        .quad g+16
        .quad .Lstr
        .bss
        .zero 24
        """;

    // POWER10's PC-relative GOT load and branch, the ppc64le stencils' holes.
    public const string Ppc64le = """
        .text
        .globl f
        f:
          pld 3, g@got@pcrel(0), 1
          b k@notoc
        """;

    /// <summary>The assembled object's bytes for <paramref name="triple"/>.</summary>
    public static byte[] Assemble(string triple, string source, params string[] flags) =>
        ClangObject.Assemble(triple, source, flags);
}
