using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Core.Traces;
using StencilBench.Tests.Differential;
using StencilBench.Tests.Workloads;
using static StencilBench.Tests.Workloads.TraceText;

namespace StencilBench.Tests.Runtime;

/// <summary>
/// The interrupt budget in the thread state stops a trace that would never return, on every
/// backend alike: the periodic check that finds the budget spent raises an interrupt error.
/// </summary>
public class PeriodicInterruptTests
{
    private const string Spin = "name: spin\nlocals: x = 0\ntrace:\n    _CHECK_PERIODIC\n    _JUMP_TO_TOP\nexpect:\n    exit: exit\n";

    public static TheoryData<string> Backends => [.. JitBackends.Names().Prepend("interp")];

    private static IBackend Backend(string name) => name == "interp" ? new InterpBackend() : JitBackends.Get(name);

    [Theory, MemberData(nameof(Backends))]
    public void Spent_budget_interrupts_an_endless_loop(string backend)
    {
        Trace trace = Parse(Spin).Instantiate().Trace;
        RunResult result = BudgetedRun.Run(Backend(backend), trace, periodicBudget: 3);
        Assert.Equal((ExitKind.Error, ErrorKind.Interrupt), (result.Outcome.Exit, result.Outcome.Error));
    }

}
