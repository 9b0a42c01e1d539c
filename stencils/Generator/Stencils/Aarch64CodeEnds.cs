namespace StencilBench.Generator.Stencils;

/// <summary>How an aarch64 stencil's code ends, whatever its object format: the final <c>b</c> to the next uop, and the guard whose branches fold into one.</summary>
public static class Aarch64CodeEnds
{
    private const uint BranchImm26 = 0x14000000; // b <imm26>, imm26 = 0 before patching
    private const uint Imm19Field = 0x7FFFFu << 5;

    /// <summary>
    /// A guard compiles to <c>b.cond +8; b continue; b target</c> (clang branches conditionally
    /// only to a local label: the condition skips to the jump to the exit), and the continuation
    /// is always the next stencil: pointing the conditional branch at the target itself and
    /// dropping both <c>b</c>s makes the hot path fall through, with no taken branch and eight
    /// bytes less per guard (CPython 3.14's optimizer does the same). CBZ and CBNZ the same way;
    /// the branch then reaches ±1 MB, its own trace.
    /// </summary>
    public static string? FoldFinalBranches(List<byte> code, List<GeneratedHole> holes)
    {
        int n = code.Count;
        if (n < 12 || n % 4 != 0)
        {
            return null;
        }
        uint first = Word(code, n - 12);
        if (!IsConditional(first) || ((first & Imm19Field) >> 5) != 2
            || Word(code, n - 8) != BranchImm26 || Word(code, n - 4) != BranchImm26)
        {
            return null;
        }
        if (LocalBranchInto(code, holes, n - 8, skip: n - 12) is int from)
        {
            // Another check of the guard shares the final b: it would land past the stencil.
            return $"builder: final branches kept: the branch at 0x{from:x} also reaches them";
        }
        int toContinue = holes.FindIndex(h => h.Offset == n - 8 && IsBranch26(h) && h.Value == "Continue");
        int toTarget = holes.FindIndex(h => h.Offset == n - 4 && IsBranch26(h) && h.Value != "Continue");
        if (toContinue < 0 || toTarget < 0)
        {
            return null;
        }
        var target = holes[toTarget];
        uint retargeted = first & ~Imm19Field; // the same condition; the hole gives its offset
        for (int i = 0; i < 4; i++)
        {
            code[n - 12 + i] = (byte)(retargeted >> (8 * i));
        }
        holes.RemoveAt(Math.Max(toContinue, toTarget));
        holes.RemoveAt(Math.Min(toContinue, toTarget));
        holes.Add(target with { Offset = n - 12, Kind = "Aarch64CondBranch19" });
        code.RemoveRange(n - 8, 8);
        return $"builder: conditional branch at 0x{n - 12:x} now to {target.Symbol ?? target.Value}, both final b dropped";
    }

    /// <summary>
    /// The offset of a branch within the code (one without a hole, other than at <paramref name="skip"/>)
    /// whose target is at or past <paramref name="limit"/>, or null: B.cond, CBZ/CBNZ and TBZ/TBNZ
    /// with their immediates, and B to a local label.
    /// </summary>
    private static int? LocalBranchInto(List<byte> code, List<GeneratedHole> holes, int limit, int skip)
    {
        for (int at = 0; at + 4 <= code.Count; at += 4)
        {
            if (at == skip || holes.Any(h => h.Offset == at))
            {
                continue;
            }
            uint w = Word(code, at);
            long? words = IsConditional(w) ? SignExtend((w >> 5) & 0x7FFFF, 19)
                : (w & 0x7E00_0000) == 0x3600_0000 ? SignExtend((w >> 5) & 0x3FFF, 14) // TBZ, TBNZ
                : (w & 0xFC00_0000) == BranchImm26 ? SignExtend(w & 0x03FF_FFFF, 26)
                : null;
            if (words is long k && at + (k * 4) >= limit)
            {
                return at;
            }
        }
        return null;
    }

    private static long SignExtend(uint value, int bits) => (long)((ulong)value << (64 - bits)) >> (64 - bits);

    /// <summary>B.cond (not AL/NV, which always branch), CBZ or CBNZ: a 19-bit conditional branch.</summary>
    private static bool IsConditional(uint word) =>
        ((word & 0xFF00_0010) == 0x5400_0000 && (word & 0xE) != 0xE) || (word & 0x7E00_0000) == 0x3400_0000;

    private static uint Word(List<byte> code, int at) =>
        (uint)(code[at] | (code[at + 1] << 8) | (code[at + 2] << 16) | (code[at + 3] << 24));

    private static bool IsBranch26(GeneratedHole h) => h.Kind == "Aarch64Branch26" && h.Addend == 0;

    /// <summary>4 when the code ends with <c>b _JIT_CONTINUE</c> (a Branch26 hole to Continue, no addend), else 0.</summary>
    public static int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes)
    {
        int n = code.Length;
        bool endsWithJump = n >= 4 && BitConverter.ToUInt32(code, n - 4) == BranchImm26 && holes.Any(h =>
            h.Offset == n - 4 && h.Kind == "Aarch64Branch26" && h.Value == "Continue" && h.Addend == 0);
        return endsWithJump ? 4 : 0;
    }
}
