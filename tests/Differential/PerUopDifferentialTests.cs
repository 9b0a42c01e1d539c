using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Core.Traces;
using StencilBench.Core.Uops;
using StencilBench.Workloads.Random;

namespace StencilBench.Tests.Differential;

/// <summary>
/// Every uop on every backend against the interpreter, alone, on the micro-traces its table facts
/// give (<see cref="MicroTraceGenerator"/>): one row per backend and uop, so a wrong template or
/// stencil fails a test named for its uop even if no workload or random trace emits it.
/// </summary>
public class PerUopDifferentialTests
{
    public static TheoryData<string, string> BackendsAndUops()
    {
        var data = new TheoryData<string, string>();
        foreach (string backend in JitBackends.Names())
        {
            foreach (UopInfo uop in UopTable.All)
            {
                data.Add(backend, uop.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BackendsAndUops))]
    public void Uop_matches_the_interpreter_on_its_micro_traces(string backend, string uop)
    {
        var traces = Spread(MicroTraceGenerator.For(UopTable.Get(uop)), backend);
        Assert.True(traces.Count > 0, $"{uop} has no micro-trace that verifies");
        var interp = new InterpBackend();
        IBackend jit = JitBackends.Get(backend);
        foreach (var trace in traces)
        {
            string? why = Mismatch.Between(TraceRunner.Run(interp, trace), TraceRunner.Run(jit, trace));
            Assert.True(why is null, $"{backend}, {trace.Name}: {why}\n{MicroTraceGenerator.Text(trace)}");
        }
    }

    /// <summary>
    /// A backend that gets fewer random traces (its compiles are slow) gets as small a share of a
    /// uop's micro-traces, evenly spread over them, but never fewer than <see cref="MinimumTraces"/>.
    /// </summary>
    private static List<Trace> Spread(IReadOnlyList<Trace> traces, string backend)
    {
        int share = Math.Max(MinimumTraces, (int)((long)traces.Count * JitBackends.RandomTraceCount(backend) / FullRandomTraceCount));
        int take = Math.Min(traces.Count, share);
        return Enumerable.Range(0, take).Select(i => traces[i * traces.Count / take]).ToList();
    }

    private const int MinimumTraces = 6;

    /// <summary>The largest random trace budget: a backend with it (its compiles are cheap) runs every micro-trace.</summary>
    private static int FullRandomTraceCount => JitBackends.Names().Max(JitBackends.RandomTraceCount);
}
