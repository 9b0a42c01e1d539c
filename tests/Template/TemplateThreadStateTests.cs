using StencilBench.Core.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Backends.Template;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Template;

/// <summary>The thread-state flags the random traces never set: eval_breaker and executor_valid.</summary>
public unsafe class TemplateThreadStateTests
{
    private delegate void Setup(SbThreadState* ts);

    private static (string Outcome, long PeriodicCalls) Run(IBackend backend, Setup setup)
    {
        var trace = WorkloadCatalog.Load().Get("while_loop").Instantiate(new Dictionary<string, System.Numerics.BigInteger> { ["n"] = 10 }).Trace;
        using var native = new NativeTrace(trace);
        using var compiled = backend.Compile(native);
        using var frame = new FrameHandle(trace);
        setup(frame.ThreadState);
        long exit = compiled.Run(frame.Frame, frame.ThreadState);
        return (frame.ReadOutcome(exit).ToString(), frame.ThreadState->PeriodicCalls);
    }

    [Fact]
    public void Eval_breaker_calls_the_periodic_handler_as_interp_does()
    {
        Setup setup = ts => ts->EvalBreaker = 1;
        var expected = Run(new InterpBackend(), setup);
        var actual = Run(new TemplateBackend(), setup);
        Assert.Equal(1, expected.PeriodicCalls);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Invalid_executor_deopts_as_interp_does()
    {
        Setup setup = ts => ts->ExecutorValid = 0;
        var expected = Run(new InterpBackend(), setup);
        var actual = Run(new TemplateBackend(), setup);
        Assert.StartsWith(ExitKind.Deopt.ToString().ToLowerInvariant(), expected.Outcome);
        Assert.Equal(expected, actual);
    }
}
