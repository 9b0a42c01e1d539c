using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.Interp;

/// <summary>
/// <c>interp</c>: the generated switch loop (backends/Interp/native/interp.c, clang -O3), CPython
/// 3.13's tier-two uop interpreter. "Compiling" is nothing: it runs the instruction array.
/// </summary>
public sealed class InterpBackend : IBackend
{
    public BackendDescriptor Descriptor { get; } = new(
        Name: "interp",
        Description: "switch loop over the uops, generated from uops.def, clang -O3 (CPython's tier-2 interpreter)",
        IsReference: true,
        DisplayOrder: 0,
        Colour: "#1f77b4",
        HandWritten: new(
            [HandWrittenSources.UopsDef],
            [HandWrittenSources.UopCommon, "backends/Interp/native/interp.c"],
            ["backends/Interp"]),
        RuntimeDependencies: [],
        Targets: ["x86_64-unknown-linux-gnu"],
        RandomTraceBudget: 1000);

    public string? Unavailable => null;

    public ICompiledTrace Compile(NativeTrace trace) => new Compiled(trace);

    private sealed unsafe class Compiled(NativeTrace trace) : ICompiledTrace
    {
        public int CodeBytes => 0;
        public IReadOnlyList<CodegenPhase> Phases { get; } = [];
        public MachineCode? Code => null;

        public long Run(SbFrame* frame, SbThreadState* ts) =>
            InterpNative.sb_interp_run(frame, ts, trace.Instructions);

        public void Dispose()
        {
        }
    }
}
