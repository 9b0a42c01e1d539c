using StencilBench.Core.Uops;
using StencilBench.Workloads.Random;

namespace StencilBench.Tests.Differential;

/// <summary>No uop in the table goes untested: each one is run by a differential test.</summary>
public class UopCoverageTests
{
    /// <summary>The random traces of <see cref="RandomTraceDifferentialTests"/>: the most seeds any backend gets, at their lengths.</summary>
    private static IEnumerable<string> UopsOfRandomTraces()
    {
        int seeds = JitBackends.Names().Max(JitBackends.RandomTraceCount);
        return Enumerable.Range(0, seeds)
            .SelectMany(seed => RandomTraceGenerator.Generate(seed, RandomTraceDifferentialTests.LengthOf(seed)).Instructions)
            .Select(i => i.Uop.Name);
    }

    private static string Uncovered(IEnumerable<string> covered)
    {
        var set = covered.ToHashSet(StringComparer.Ordinal);
        return string.Join(", ", UopTable.All.Select(u => u.Name).Where(n => !set.Contains(n)));
    }

    [Fact]
    public void Every_uop_is_run_by_a_random_trace_or_a_micro_trace()
    {
        var micro = UopTable.All.Where(u => MicroTraceGenerator.For(u).Count > 0).Select(u => u.Name);
        string missing = Uncovered(UopsOfRandomTraces().Concat(micro));
        Assert.True(missing.Length == 0, $"no differential test runs: {missing}");
    }

    [Fact]
    public void Every_uop_has_a_micro_trace()
    {
        string missing = Uncovered(UopTable.All.Where(u => MicroTraceGenerator.For(u).Count > 0).Select(u => u.Name));
        Assert.True(missing.Length == 0, $"no micro-trace verifies for: {missing}");
    }
}
