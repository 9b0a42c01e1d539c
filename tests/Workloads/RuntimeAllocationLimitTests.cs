using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Core.Traces;
using static StencilBench.Tests.Workloads.TraceText;

namespace StencilBench.Tests.Workloads;

/// <summary><c>[0] * 2**32</c> at run time: a MemoryError the trace reports, not an abort of the process.</summary>
public class RuntimeAllocationLimitTests
{
    [Fact]
    public void Repeating_a_list_past_the_runtime_limit_is_a_memory_error()
    {
        const string text = "name: t\nlocals: a = [0], b = 2**32\ntrace:\n    _LOAD_FAST 0\n    _LOAD_FAST 1\n    _BINARY_OP 5\n"
            + "    _STORE_FAST 0\n    _EXIT_TRACE\nexpect:\n    exit: exit\n";
        RunResult result = TraceRunner.Run(new InterpBackend(), Parse(text).Instantiate().Trace);
        Assert.Equal(ErrorKind.Memory, result.Outcome.Error);
    }
}
