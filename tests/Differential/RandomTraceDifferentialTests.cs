using StencilBench.Core.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Workloads.Random;

namespace StencilBench.Tests.Differential;

/// <summary>
/// Every backend against the interpreter on seeded random valid traces (exits, deopts, errors,
/// big ints, loops) of 8 to <see cref="MaxLength"/> uops. Each backend's budget (its descriptor)
/// is split into rows of <see cref="SeedsPerRow"/> seeds; a failure names the backend, the seed
/// and the length and prints the trace to replay.
/// </summary>
public class RandomTraceDifferentialTests
{
    public const int MaxLength = 200;
    public const int SeedsPerRow = 1000;

    /// <summary>The length of seed's trace: every length from 8 to <see cref="MaxLength"/> in turn.</summary>
    public static int LengthOf(int seed) => 8 + (seed % (MaxLength - 7));

    public static TheoryData<string, int> Rows()
    {
        var rows = new TheoryData<string, int>();
        foreach (string backend in JitBackends.Names())
        {
            for (int first = 0; first < JitBackends.RandomTraceCount(backend); first += SeedsPerRow)
            {
                rows.Add(backend, first);
            }
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Backend_matches_the_interpreter_on_random_traces(string backend, int firstSeed)
    {
        var interp = new InterpBackend();
        var jit = JitBackends.Get(backend);
        int end = Math.Min(firstSeed + SeedsPerRow, JitBackends.RandomTraceCount(backend));
        for (int seed = firstSeed; seed < end; seed++)
        {
            int length = LengthOf(seed);
            var trace = RandomTraceGenerator.Generate(seed, length);
            string? why = Mismatch.Between(TraceRunner.Run(interp, trace), TraceRunner.Run(jit, trace));
            Assert.True(why is null, $"{backend}, seed {seed} (length {length}): {why}\n{RandomTraceGenerator.GenerateText(seed, length)}");
        }
    }
}
