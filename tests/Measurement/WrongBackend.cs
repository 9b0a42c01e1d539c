using StencilBench.Core.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Core.Native;

namespace StencilBench.Tests.Measurement;

/// <summary>The interpreter, but every run reports a deopt: a backend with a wrong result. Counts its compiles.</summary>
public sealed class WrongBackend : IBackend
{
    private readonly InterpBackend _inner = new();

    public int Compiles { get; private set; }
    public BackendDescriptor Descriptor => _inner.Descriptor with
    {
        Name = "wrong",
        Description = "gives a wrong exit",
        IsReference = false,
        DisplayOrder = int.MaxValue,
    };

    public string? Unavailable => null;

    public ICompiledTrace Compile(NativeTrace trace)
    {
        Compiles++;
        return new Wrong(_inner.Compile(trace));
    }

    private sealed unsafe class Wrong(ICompiledTrace inner) : ICompiledTrace
    {
        public int CodeBytes => inner.CodeBytes;
        public IReadOnlyList<CodegenPhase> Phases => inner.Phases;
        public MachineCode? Code => inner.Code;

        public long Run(SbFrame* frame, SbThreadState* ts)
        {
            long exit = inner.Run(frame, ts);
            return exit == 2 ? 1 : 2;
        }

        public void Dispose() => inner.Dispose();
    }
}
