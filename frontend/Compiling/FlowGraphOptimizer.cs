namespace StencilBench.Frontend.Compiling;

/// <summary>
/// The flow-graph passes in CPython 3.14's order (<c>_PyCfg_OptimizeCodeUnit</c>, then
/// <c>_PyCfg_OptimizedCfgToInstructionSequence</c>). Left out, as the subset has no use for them:
/// exception tables, cold-block layout (only exception handlers are cold), cell and free variables.
/// </summary>
internal static class FlowGraphOptimizer
{
    public static void Optimize(ControlFlowGraph g, ConstTable consts, int nlocals, int nparams)
    {
        var folder = new ConstantFolder(consts);
        BlockInliningPass.Run(g);
        ReachabilityPass.Run(g);
        LineNumberPass.Run(g);
        ConstantLoadPass.Run(g, consts);
        PeepholePass.Run(g, folder);
        RedundancyPass.NopsAndPairs(g);
        ReachabilityPass.Run(g);
        RedundancyPass.NopsAndJumps(g);

        UninitializedLoadsPass.Run(g, nlocals, nparams);
        SuperinstructionPass.Run(g);
        LineNumberPass.Run(g);

        JumpNormalizationPass.ConvertPseudoConditionalJumps(g);
        StackDepthPass.Run(g);
        RedundancyPass.NopsAndJumps(g);
        JumpNormalizationPass.NormalizeJumps(g);
        BorrowedLoadsPass.Run(g);
    }
}
