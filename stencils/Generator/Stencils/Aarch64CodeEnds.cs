namespace StencilBench.Generator.Stencils;

/// <summary>How an aarch64 stencil's code ends, whatever its object format: the final <c>b</c> to the next uop.</summary>
public static class Aarch64CodeEnds
{
    private const uint BranchImm26 = 0x14000000; // b <imm26>, imm26 = 0 before patching

    /// <summary>4 when the code ends with <c>b _JIT_CONTINUE</c> (a Branch26 hole to Continue, no addend), else 0.</summary>
    public static int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes)
    {
        int n = code.Length;
        bool endsWithJump = n >= 4 && BitConverter.ToUInt32(code, n - 4) == BranchImm26 && holes.Any(h =>
            h.Offset == n - 4 && h.Kind == "Aarch64Branch26" && h.Value == "Continue" && h.Addend == 0);
        return endsWithJump ? 4 : 0;
    }
}
