using StencilBench.Core.Backends;
using StencilBench.Core.Native;

namespace StencilBench.Harness.Targets;

/// <summary>
/// A strategy emitting code for one target, named <c>strategy@triple</c>. When that code cannot
/// run in this process (another instruction set), every compiled trace refuses to run: its
/// codegen is timed here, its execution is checked elsewhere or not at all.
/// </summary>
public sealed class TargetBackend : IBackend
{
    private readonly IBackend _inner;

    /// <param name="runsHere">Its code runs in this process (the host's triple, or one of the same ABI).</param>
    public TargetBackend(IBackend inner, string triple, bool runsHere)
    {
        _inner = inner;
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
