using StencilBench.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Backends.Template;
using StencilBench.Workloads.Random;

namespace StencilBench.Tests.Template;

/// <summary>
/// The template backend against the interpreter on random traces (exits, deopts, errors, big
/// ints, loops). A failure names the seed and prints the trace as a .uops file.
/// </summary>
[Collection(ImmortalCountsCollection.Name)]
public class TemplateRandomTraceTests
{
    private const int Seeds = 1200;

    private static int Length(int seed) => 8 + seed % 57;

    private static void ForEverySeed(Func<DifferentialRun, DifferentialRun, string?> difference)
    {
        var interp = new InterpBackend();
        var template = new TemplateBackend();
        for (int seed = 0; seed < Seeds; seed++)
        {
            var trace = RandomTraceGenerator.Generate(seed, Length(seed));
            var expected = DifferentialRun.Of(interp, trace);
            var actual = DifferentialRun.Of(template, trace);
            if (difference(expected, actual) is string problem)
            {
                Assert.Fail($"seed {seed} (length {Length(seed)}): {problem}\n{RandomTraceGenerator.GenerateText(seed, Length(seed))}");
            }
        }
    }

    [Fact]
    public void Template_matches_interp_outcome_on_random_traces() =>
        ForEverySeed((e, a) => e.Result.Outcome.ToString() == a.Result.Outcome.ToString()
            ? null
            : $"interp: {e.Result.Outcome}\ntemplate: {a.Result.Outcome}");

    [Fact]
    public void Template_matches_interp_reference_counts_on_random_traces() =>
        ForEverySeed((e, a) => e.CountsDiffer(a));

    [Fact]
    public void Template_leaks_nothing_on_random_traces() =>
        ForEverySeed((e, a) => a.Result.LeakedObjects == 0 ? null : $"template leaked {a.Result.LeakedObjects} objects (interp {e.Result.LeakedObjects})");
}
