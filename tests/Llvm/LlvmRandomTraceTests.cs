using StencilBench.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Stencils.Traces;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Random;

namespace StencilBench.Tests.Llvm;

/// <summary>
/// llvm-O0 and llvm-O2 against the interpreter on seeded random traces: the same outcome, the same
/// reference counts, nothing leaked; 8 to 64 uops each. 1000 traces at -O0 and 400 at -O2 take
/// about 25 s on two busy cores: an -O2 compile costs tens of milliseconds, an -O0 one a few.
/// </summary>
public class LlvmRandomTraceTests
{
    [Theory]
    [InlineData("O0", 1, 1000)]
    [InlineData("O2", 100_001, 400)]
    public void Llvm_agrees_with_the_interpreter_on_random_traces(string level, int firstSeed, int count)
    {
        var llvm = LlvmTestBackends.Get(level);
        var interp = new InterpBackend();
        for (int seed = firstSeed; seed < firstSeed + count; seed++)
        {
            var trace = RandomTraceGenerator.Generate(seed, 8 + seed % 57);
            string? difference = Difference(TraceRunner.Run(interp, trace), TraceRunner.Run(llvm, trace));
            if (difference is not null)
            {
                Assert.Fail($"llvm-{level}, seed {seed}: {difference}\n{TraceWriter.Write(trace)}");
            }
        }
    }

    private static string? Difference(RunResult expected, RunResult got)
    {
        if (got.Outcome.ToString() != expected.Outcome.ToString())
        {
            return $"outcome {got.Outcome}, interp {expected.Outcome}";
        }
        var gotCounts = ReferenceCounts.Comparable(got.ReferenceCounts);
        var expectedCounts = ReferenceCounts.Comparable(expected.ReferenceCounts);
        if (!gotCounts.SequenceEqual(expectedCounts))
        {
            return $"reference counts [{string.Join(", ", gotCounts)}], interp [{string.Join(", ", expectedCounts)}]";
        }
        return got.LeakedObjects != 0 ? $"{got.LeakedObjects} objects leaked" : null;
    }
}
