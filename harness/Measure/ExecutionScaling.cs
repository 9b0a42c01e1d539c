using System.Numerics;
using StencilBench.Core.Backends;
using StencilBench.Harness.Results;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Measure;

/// <summary>
/// Execution time against workload size: each workload's first param scaled by the settings'
/// factors (others as given or default), every size checked and then timed as a normal workload.
/// </summary>
public sealed class ExecutionScaling(IWorkloadMeasurer bench, Action<string> status)
{
    public IReadOnlyList<SummaryRow> Measure(
        WorkloadDefinition definition, IReadOnlyDictionary<string, BigInteger> given, IReadOnlyList<double> factors, IReadOnlyList<IBackend> backends)
    {
        if (definition.Params.Count == 0)
        {
            return [];
        }
        var rows = new List<SummaryRow>();
        var baseline = definition.Instantiate(given);
        string name = definition.Params[0].Name;
        BigInteger baseValue = baseline.Params[name];
        foreach (BigInteger size in Sizes(baseValue, factors))
        {
            status($"{definition.Name}: size {name}={size}");
            var ps = new Dictionary<string, BigInteger>(given) { [name] = size };
            Workload w;
            try
            {
                w = definition.Instantiate(ps);
            }
            catch (TraceException)
            {
                continue;
            }
            rows.AddRange(bench.Measure(w, backends, codegen: false, Kinds.ExecutionScaling));
        }
        return rows;
    }

    /// <summary>The base value times each factor, at least 1, without repeats, ascending.</summary>
    public static IReadOnlyList<BigInteger> Sizes(BigInteger baseValue, IReadOnlyList<double> factors) =>
        [.. factors.Select(f => BigInteger.Max(1, new BigInteger(Math.Round((double)baseValue * f)))).Distinct().Order()];
}
