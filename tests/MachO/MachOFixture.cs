namespace StencilBench.Tests.MachO;

/// <summary>
/// A small x86-64 Mach-O object assembled by clang-19 (the stencils' own assembler) with one
/// relocation of each kind the darwin stencils use, at known offsets.
/// </summary>
public static class MachOFixture
{
    // A GOT call at 0x2, a GOT load at 0x9, a section-relative lea of the second string at 0x10,
    // a jump to _k+8 at 0x15; in data, _g+16 at 0x0 and the second string's address at 0x8.
    public const string Assembly = """
        .text
        .globl _f
        _f:
          callq *_g@GOTPCREL(%rip)
          movq _h@GOTPCREL(%rip), %rax
          leaq L_str(%rip), %rax
          jmp _k+8
        .section __TEXT,__cstring
        L_pad: .asciz "xyz"
        L_str: .asciz "ab"
        .data
        .quad _g+16
        .quad L_str
        """;

    /// <summary>The assembled object's bytes for <paramref name="triple"/>.</summary>
    public static byte[] Assemble(string triple = "x86_64-apple-darwin", string source = Assembly) =>
        ClangObject.Assemble(triple, source);
}
