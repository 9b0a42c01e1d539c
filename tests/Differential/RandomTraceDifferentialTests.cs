using StencilBench.Core.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Workloads.Random;

namespace StencilBench.Tests.Differential;

/// <summary>
/// Every backend against the interpreter on seeded random valid traces (exits, deopts, errors,
/// big ints, loops). A failure names the backend and the seed and prints the trace to replay.
/// </summary>
public class RandomTraceDifferentialTests
{
    public const int Length = 40;

    public static TheoryData<string> Backends() => new(JitBackends.Names());

    [Theory]
    [MemberData(nameof(Backends))]
    public void Backend_matches_the_interpreter_on_random_traces(string backend)
    {
        var interp = new InterpBackend();
        var jit = JitBackends.Get(backend);
        int count = JitBackends.RandomTraceCount(backend);
        for (int seed = 0; seed < count; seed++)
        {
            var trace = RandomTraceGenerator.Generate(seed, Length);
            string? why = Mismatch.Between(TraceRunner.Run(interp, trace), TraceRunner.Run(jit, trace));
            Assert.True(why is null, $"{backend}, seed {seed} (length {Length}): {why}\n{RandomTraceGenerator.GenerateText(seed, Length)}");
        }
    }
}
