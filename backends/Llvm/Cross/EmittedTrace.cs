using StencilBench.Core.Backends;
using StencilBench.Core.Native;

namespace StencilBench.Backends.Llvm.Cross;

/// <summary>Code emitted for another target: its size and codegen phases; it cannot run here.</summary>
internal sealed unsafe class EmittedTrace(string triple, int size, IReadOnlyList<CodegenPhase> phases) : ICompiledTrace
{
    public int CodeBytes => size;
    public IReadOnlyList<CodegenPhase> Phases => phases;
    public MachineCode? Code => null;

    public long Run(SbFrame* frame, SbThreadState* ts) =>
        throw new NotSupportedException($"code emitted for {triple} does not run on this host");

    public void Dispose()
    {
    }
}
