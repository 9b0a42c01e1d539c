namespace StencilBench.Generator.Stencils;

/// <summary>
/// The end of an x86-64 stencil, whatever its object format: the trailing <c>jmp</c> to the next
/// uop, and the guard whose branches can be inverted. Both need the relocations as ELF-style
/// Relative32 holes with addend -4 (the Mach-O reader gives BRANCH that form too).
/// </summary>
public static class X86_64CodeEnds
{
    private const byte JmpRel32 = 0xE9;

    /// <summary>
    /// A guard compiles to <c>jcc continue; jmp target</c>, and the continuation is always the next
    /// stencil: inverting the condition to <c>jncc target</c> and dropping the <c>jmp</c> makes the
    /// hot path fall through, with one taken branch and five bytes less per guard.
    /// </summary>
    public static string? InvertFinalBranch(List<byte> code, List<GeneratedHole> holes)
    {
        int n = code.Count;
        if (n < 11 || code[n - 11] != 0x0F || (code[n - 10] & 0xF0) != 0x80 || code[n - 5] != JmpRel32)
        {
            return null;
        }
        int toContinue = holes.FindIndex(h => h.Offset == n - 9 && IsRelative32To(h) && h.Value == "Continue");
        int toTarget = holes.FindIndex(h => h.Offset == n - 4 && IsRelative32To(h) && h.Value != "Continue");
        if (toContinue < 0 || toTarget < 0)
        {
            return null;
        }
        var target = holes[toTarget];
        code[n - 10] ^= 1; // the opposite condition: the low bit of a jcc opcode negates it
        holes[toContinue] = target with { Offset = n - 9 };
        holes.RemoveAt(toTarget);
        code.RemoveRange(n - 5, 5);
        return $"builder: branch inverted at 0x{n - 11:x} (now to {target.Symbol ?? target.Value}), final jmp dropped";
    }

    private static bool IsRelative32To(GeneratedHole h) => h.Kind == "Relative32" && h.Addend == -4;

    public static int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes)
    {
        int n = code.Length;
        bool endsWithJump = n >= 5 && code[n - 5] == JmpRel32 && holes.Any(h =>
            h.Offset == n - 4 && h.Kind == "Relative32" && h.Value == "Continue" && h.Addend == -4);
        return endsWithJump ? 5 : 0;
    }
}
