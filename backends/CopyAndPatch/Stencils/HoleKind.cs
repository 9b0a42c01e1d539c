namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// How a hole is written: one member per patch function of the copy-and-patch backend (each
/// architecture's table under Targets/ gives it a function and a width). The one definition: the
/// stencil generator reads these member names (stencils/Generator/Stencils/HoleKinds.cs) to check
/// every target's relocation rules, so keep it a plain list of names.
/// </summary>
public enum HoleKind
{
    /// <summary>The full 64-bit value (x86-64 R_X86_64_64: movabs immediates, pointers in data).</summary>
    Absolute64,

    /// <summary>A 32-bit value zero-extended by the instruction (x86-64 R_X86_64_32: movl $imm).</summary>
    Absolute32,

    /// <summary>A 32-bit value sign-extended by the instruction (x86-64 R_X86_64_32S).</summary>
    Absolute32Signed,

    /// <summary>A 32-bit displacement from the hole (x86-64 R_X86_64_PC32 / PLT32: jmp, call, jcc).</summary>
    Relative32,

    /// <summary>x86-64: a RIP-relative read of a GOT slot in the stencil's data (call/jmp/mov), relaxable.</summary>
    X86_64GotRelative32,

    /// <summary>aarch64: the imm26 word offset of B / BL (R_AARCH64_JUMP26, CALL26): continuations and calls, ±128 MB.</summary>
    Aarch64Branch26,

    /// <summary>aarch64: the imm19 word offset of B.cond / CBZ / CBNZ: a guard's branch straight to its exit target, ±1 MB (a trace is far smaller).</summary>
    Aarch64CondBranch19,

    /// <summary>aarch64: the 21-bit page delta of ADRP (R_AARCH64_ADR_GOT_PAGE): the 4 KB page of a GOT slot, ±4 GB.</summary>
    Aarch64AdrpPage21,

    /// <summary>aarch64: the imm12 of a 64-bit LDR, the offset in its page scaled by 8 (R_AARCH64_LD64_GOT_LO12_NC).</summary>
    Aarch64Load64PageOffset12,

    /// <summary>ppc64: the 24-bit word offset of B / BL (R_PPC64_REL24_NOTOC): continuations, and calls to a trampoline, ±32 MB.</summary>
    Ppc64Branch24,

    /// <summary>ppc64: the 34-bit displacement of a prefixed PC-relative instruction, split 18 + 16 over its two words (R_PPC64_PCREL34, GOT_PCREL34).</summary>
    Ppc64Pcrel34,
}
