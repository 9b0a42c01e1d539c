using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;

namespace StencilBench.Harness.Targets;

/// <summary>
/// A strategy emitting code for one target, named <c>strategy@triple</c>. When that code cannot
/// run in this process (another instruction set), every compiled trace refuses to run: its
/// codegen is timed here, its execution is checked elsewhere or not at all.
/// </summary>
public sealed class TargetBackend : IBackend
{
    private readonly IBackend _inner;

    private readonly Func<Trace, NativeTrace>? _resolve;

    /// <param name="runsHere">Its code runs in this process (the host's triple, or one of the same ABI).</param>
    /// <param name="resolve">Makes a trace's operands those of the process its code is patched for, when that is not this one (a loader's objects); null: this process's serve.</param>
    public TargetBackend(IBackend inner, string triple, bool runsHere, Func<Trace, NativeTrace>? resolve = null)
    {
        _inner = inner;
        _resolve = resolve;
        Triple = triple;
        RunsHere = runsHere;
        Descriptor = inner.Descriptor with { Name = TargetName.Of(inner.Name, triple), Targets = [triple] };
    }

    public string Triple { get; }

    /// <summary>Its code runs in this process.</summary>
    public bool RunsHere { get; }

    /// <summary>The strategy's name without the target.</summary>
    public string Strategy => _inner.Name;

    public BackendDescriptor Descriptor { get; }

    /// <summary><c>strategy@triple</c>.</summary>
    public string Name => Descriptor.Name;

    public string? Unavailable => _inner.Unavailable;

    /// <summary>The trace to compile, with the operands of the process this target's code is patched for; null when this process's (<see cref="NativeTrace(Trace)"/>) serve. The caller disposes it.</summary>
    public NativeTrace? Resolved(Trace trace) => _resolve?.Invoke(trace);

    /// <summary>Its code is patched for another process's addresses (<see cref="Resolved"/> gives that process's operands).</summary>
    public bool PatchedForLoader => _resolve is not null;

    public ICompiledTrace Compile(NativeTrace trace)
    {
        var compiled = _inner.Compile(trace);
        return RunsHere ? compiled : new NotRunnableTrace(compiled, Triple);
    }

    /// <summary>Code of another instruction set: sizes and phases as compiled, and no way to run it here.</summary>
    private sealed unsafe class NotRunnableTrace(ICompiledTrace inner, string triple) : ICompiledTrace
    {
        public int CodeBytes => inner.CodeBytes;
        public IReadOnlyList<CodegenPhase> Phases => inner.Phases;
        public MachineCode? Code => inner.Code;

        public long Run(SbFrame* frame, SbThreadState* ts) =>
            throw new NotSupportedException($"code for {triple} does not run in this process");

        public void Dispose() => inner.Dispose();
    }
}
