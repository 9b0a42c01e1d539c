using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Core.Traces;
using StencilBench.Tests.Differential;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Importing;

/// <summary>
/// CPython 3.14.7's compact-int guards on real executors: <c>_COMPARE_OP_INT</c> deopts unless both
/// ints have one 30-bit digit (|v| &lt; 2**30), and int arithmetic keeps big ints in the trace.
/// </summary>
public class CompactIntTests
{
    private static readonly string Imported = Path.Combine(TestPaths.RepositoryRoot, "workloads", "cpython", "imported");

    public static TheoryData<string> Backends() => new(JitBackends.Names().Prepend("interp"));

    private static IBackend Backend(string name) => name == "interp" ? new InterpBackend() : JitBackends.Get(name);

    /// <summary>while_loop@70 (<c>while i &lt; n</c>) entered with other locals.</summary>
    private static Outcome WhileLoop(string backend, string n, string i)
    {
        string text = File.ReadAllText(Path.Combine(Imported, "while_loop@70.uops"))
            .Replace("locals: n = 1000\n", $"locals: n = {n}\n", StringComparison.Ordinal)
            .Replace("locals: i = 1\n", $"locals: i = {i}\n", StringComparison.Ordinal);
        Workload w = TraceFileParser.Parse(text, "while_loop@70.uops").Instantiate();
        return TraceRunner.Run(Backend(backend), w.Trace).Outcome;
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void The_compare_deopts_where_cpythons_does_on_a_big_bound(string backend)
    {
        Outcome o = WhileLoop(backend, "2**40", "1");
        Assert.Equal((ExitKind.Deopt, 6L, "1, 1099511627776"), (o.Exit, o.InstrPtr, string.Join(", ", o.Stack)));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void The_compare_deopts_at_two_to_the_thirty(string backend)
    {
        Outcome o = WhileLoop(backend, "2**30", "2**30 - 2");
        Assert.Equal((ExitKind.Deopt, 6L), (o.Exit, o.InstrPtr));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void The_compare_stays_in_the_trace_just_below_two_to_the_thirty(string backend)
    {
        Outcome o = WhileLoop(backend, "2**30 - 1", "2**30 - 3");
        Assert.Equal((ExitKind.Exit, 37L), (o.Exit, o.InstrPtr));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void The_compare_deopts_on_minus_two_to_the_thirty(string backend) =>
        Assert.Equal(ExitKind.Deopt, WhileLoop(backend, "0", "-(2**30)").Exit);

    [Theory]
    [MemberData(nameof(Backends))]
    public void The_compare_takes_the_most_negative_compact_int(string backend)
    {
        Outcome o = WhileLoop(backend, "-(2**30) + 1", "-(2**30) + 1");
        Assert.Equal((ExitKind.Exit, 37L), (o.Exit, o.InstrPtr));
    }
}
