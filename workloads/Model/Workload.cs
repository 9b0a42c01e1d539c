using System.Numerics;
using StencilBench.Core.Traces;

namespace StencilBench.Workloads.Model;

/// <summary>A workload at given sizes: the trace to run, how many loop iterations one run makes, what it must produce.</summary>
public sealed record Workload(
    string Name,
    string Group,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, BigInteger> Params,
    Trace Trace,
    long Iterations,
    Expectation Expectation)
{
    public override string ToString() =>
        $"{Name}({string.Join(", ", Params.Select(p => $"{p.Key}={p.Value}"))}): {Trace.MainLength} uops, {Iterations} iterations";
}
