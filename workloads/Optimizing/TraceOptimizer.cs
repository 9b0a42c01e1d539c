using StencilBench.Core.Traces;

namespace StencilBench.Workloads.Optimizing;

/// <summary>
/// The trace optimizer: its passes run in order, each on what the one before gave. Which passes
/// run is the switch: <see cref="Default"/> has them all; <see cref="Only"/> picks some by name.
/// </summary>
public sealed class TraceOptimizer(IReadOnlyList<ITracePass> passes)
{
    /// <summary>Every pass, in the order they run: folding first (it makes constants the type pass sees), then types, then the trace-control uops.</summary>
    public static IReadOnlyList<ITracePass> AllPasses() =>
        [new SmallIntFolding(), new KnownTypeGuardElimination(), new SetIpElimination(), new ValidityCheckElimination()];

    public static TraceOptimizer Default { get; } = new(AllPasses());

    public IReadOnlyList<ITracePass> Passes { get; } = passes;

    /// <summary>The optimizer with only the named passes (in their usual order); an unknown name throws naming the known ones.</summary>
    public static TraceOptimizer Only(IEnumerable<string> names)
    {
        var all = AllPasses();
        var wanted = names.ToHashSet(StringComparer.Ordinal);
        foreach (string name in wanted.Where(n => all.All(p => p.Name != n)))
        {
            throw new ArgumentException($"unknown optimizer pass '{name}' (known: {string.Join(", ", all.Select(p => p.Name))})");
        }
        return new TraceOptimizer([.. all.Where(p => wanted.Contains(p.Name))]);
    }

    /// <summary>Runs every pass; the last result's <c>After</c> is the optimized trace.</summary>
    public OptimizerRun Run(Trace trace)
    {
        var results = new List<PassResult>(Passes.Count);
        Trace current = trace;
        foreach (ITracePass pass in Passes)
        {
            PassResult result = pass.Run(current);
            results.Add(result);
            current = result.After;
        }
        return new OptimizerRun(trace, current, results);
    }
}

/// <summary>One run of the optimizer: the trace before, after, and what each pass did.</summary>
public sealed record OptimizerRun(Trace Before, Trace After, IReadOnlyList<PassResult> Passes)
{
    public int GuardsRemoved => Passes.Sum(p => p.GuardsRemoved);
}
