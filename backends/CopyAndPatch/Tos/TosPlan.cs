using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// A trace rewritten for the top-of-stack cached stencils: each instruction's opcode is a variant
/// id, spills stand between depths that differ, jump and error targets point at the rewritten
/// instructions.
/// </summary>
/// <param name="Instructions">The rewritten instructions.</param>
/// <param name="Depths">By rewritten instruction: the values cached when it is entered.</param>
/// <param name="Origin">By rewritten instruction: the original instruction it is (or, for a spill, precedes).</param>
public sealed record TosPlan(SbUopInstruction[] Instructions, int[] Depths, int[] Origin)
{
    /// <summary>How many spills the planner put in.</summary>
    public int Spills => Instructions.Length - (Origin.Length == 0 ? 0 : Origin.Distinct().Count());
}
