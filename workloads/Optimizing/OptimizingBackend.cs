using StencilBench.Core.Backends;
using StencilBench.Core.Native;
namespace StencilBench.Workloads.Optimizing;

/// <summary>
/// <c>BACKEND+opt</c>: any backend with the trace optimizer in front. It optimizes the trace
/// model the loaded trace was made from (<see cref="NativeTrace.Trace"/>), loads the optimized
/// trace and hands that to the backend, so the inner backend never sees the unoptimized uops and
/// the loaded instruction array always matches the model. Codegen time includes both: the
/// phases <c>optimize</c> and <c>load</c> come before the backend's own. It lives beside the
/// optimizer, in an assembly that references nothing but Core, so a variant needs at run time
/// exactly what its backend does.
/// </summary>
public sealed class OptimizingBackend : IBackend
{
    public const string Suffix = "+opt";

    private readonly IBackend _inner;
    private readonly TraceOptimizer _optimizer;

    public OptimizingBackend(IBackend inner, int displayOrder, string colour, TraceOptimizer? optimizer = null)
    {
        _inner = inner;
        _optimizer = optimizer ?? TraceOptimizer.Default;
        BackendDescriptor d = inner.Descriptor;
        Descriptor = d with
        {
            Name = d.Name + Suffix,
            Description = $"{d.Name} after the trace optimizer ({string.Join(", ", _optimizer.Passes.Select(p => p.Name))})",
            IsReference = false,
            DisplayOrder = displayOrder,
            Colour = colour,
            HandWritten = d.HandWritten with { CSharp = [.. d.HandWritten.CSharp, "workloads/Optimizing"] },
            RandomTraceBudget = Math.Min(d.RandomTraceBudget, MaxRandomTraces),
            // A variant of a variant (copy-and-patch+tos+near+opt) varies the same strategy.
            VariantOf = d.VariantOf ?? d.Name,
        };
    }

    /// <summary>Random traces the differential tests give a variant at most: its strategy is already checked on more.</summary>
    private const int MaxRandomTraces = 3000;

    public BackendDescriptor Descriptor { get; }

    /// <summary>The backend that compiles the optimized trace.</summary>
    public IBackend Inner => _inner;

    public string? Unavailable => _inner.Unavailable;

    public ICompiledTrace Compile(NativeTrace trace)
    {
        var clock = new PhaseClock();
        var optimized = _optimizer.Run(trace.Trace).After;
        clock.End("optimize");
        var loaded = new NativeTrace(optimized);
        clock.End("load");
        try
        {
            return new Compiled(loaded, _inner.Compile(loaded), clock.Phases);
        }
        catch
        {
            loaded.Dispose();
            throw;
        }
    }

    private sealed unsafe class Compiled(NativeTrace loaded, ICompiledTrace inner, IReadOnlyList<CodegenPhase> ours) : ICompiledTrace
    {
        public int CodeBytes => inner.CodeBytes;

        public IReadOnlyList<CodegenPhase> Phases { get; } = [.. ours, .. inner.Phases];

        public MachineCode? Code => inner.Code;

        public long Run(SbFrame* frame, SbThreadState* ts) => inner.Run(frame, ts);

        public void Dispose()
        {
            inner.Dispose();
            loaded.Dispose();
        }
    }
}
