using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;
using StencilBench.Tests.Differential;
using static StencilBench.Tests.Workloads.TraceText;

namespace StencilBench.Tests.Workloads;

/// <summary>
/// Values past the runtime's size limits, and allocations that fail, are a MemoryError the trace
/// reports through its error exit, not an abort of the process.
/// </summary>
public unsafe class RuntimeAllocationLimitTests
{
    public static TheoryData<string> Backends => [.. JitBackends.Names().Prepend("interp")];

    private static IBackend Backend(string name) => name == "interp" ? new InterpBackend() : JitBackends.Get(name);

    private static Trace Binary(string locals, string uop, int right = 1) => Parse(
        $"name: t\nlocals: {locals}\ntrace:\n    _LOAD_FAST 0\n    _LOAD_FAST {right}\n    {uop}\n    _STORE_FAST 0\n    _EXIT_TRACE\nexpect:\n    exit: exit\n")
        .Instantiate().Trace;

    [Fact]
    public void Repeating_a_list_past_the_runtime_limit_is_a_memory_error() =>
        Assert.Equal(ErrorKind.Memory, TraceRunner.Run(new InterpBackend(), Binary("a = [0], b = 2**32", "_BINARY_OP 5")).Outcome.Error);

    [Fact]
    public void Concatenating_lists_past_the_runtime_limit_is_a_memory_error() =>
        Assert.Equal(ErrorKind.Memory, TraceRunner.Run(new InterpBackend(), Binary("a = [0] * 6000000, b = 0", "_BINARY_OP 0", right: 0)).Outcome.Error);

    [Theory, MemberData(nameof(Backends))]
    public void Multiplying_ints_past_the_runtime_size_is_a_memory_error(string backend)
    {
        RunResult result = TraceRunner.Run(Backend(backend), Binary("a = 2**200000, b = 2**200000", "_BINARY_OP_MULTIPLY_INT"));
        Assert.Equal((ExitKind.Error, ErrorKind.Memory, 0L), (result.Outcome.Exit, result.Outcome.Error, result.LeakedObjects));
    }

    [Fact]
    public void Multiplying_ints_within_the_runtime_size_succeeds() =>
        Assert.Equal(ExitKind.Exit, TraceRunner.Run(new InterpBackend(), Binary("a = 2**150000, b = 2**150000", "_BINARY_OP_MULTIPLY_INT")).Outcome.Exit);

    [Fact]
    public void Failed_allocation_where_the_uop_can_raise_is_a_memory_error()
    {
        Trace trace = Binary("a = [0] * 200, b = [0] * 200", "_BINARY_OP 0");
        using var native = new NativeTrace(trace);
        using var compiled = new InterpBackend().Compile(native);
        using var frame = new FrameHandle(trace);
        long exit;
        NativeMethods.sb_set_allocation_limit(1_000); // the 400 items need 3,200 bytes
        try
        {
            exit = compiled.Run(frame.Frame, frame.ThreadState);
        }
        finally
        {
            NativeMethods.sb_set_allocation_limit(0);
        }
        Outcome outcome = frame.ReadOutcome(exit);
        Assert.Equal((ExitKind.Error, ErrorKind.Memory), (outcome.Exit, outcome.Error));
    }
}
