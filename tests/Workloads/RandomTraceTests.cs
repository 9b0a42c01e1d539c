using StencilBench.Core.Uops;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Random;
using StencilBench.Workloads.Verification;

namespace StencilBench.Tests.Workloads;

/// <summary>Random traces: reproducible, valid, and printable as trace files that read back the same.</summary>
public class RandomTraceTests
{
    private const int Seeds = 1000;

    [Fact]
    public void Same_seed_gives_the_same_trace() =>
        Assert.Equal(RandomTraceGenerator.GenerateText(42, 40), RandomTraceGenerator.GenerateText(42, 40));

    [Fact]
    public void Different_seeds_give_different_traces() =>
        Assert.NotEqual(RandomTraceGenerator.GenerateText(1, 40), RandomTraceGenerator.GenerateText(2, 40));

    [Fact]
    public void Every_trace_of_a_thousand_seeds_verifies()
    {
        for (int seed = 0; seed < Seeds; seed++)
        {
            Trace t = RandomTraceGenerator.Generate(seed, 40);
            int depth = TraceVerifier.Verify(t);
            Assert.True(t.Capacity >= t.LocalNames.Count + depth, $"seed {seed}");
        }
    }

    [Fact]
    public void Only_backward_jump_is_the_loop_to_the_top()
    {
        for (int seed = 0; seed < Seeds; seed++)
        {
            Trace t = RandomTraceGenerator.Generate(seed, 40);
            for (int i = 0; i < t.Instructions.Count; i++)
            {
                TraceInstruction ins = t.Instructions[i];
                bool backward = ins.JumpTarget >= 0 && ins.JumpTarget <= i;
                Assert.False(backward && !(ins.Uop.Has(UopFlags.Jumps) && ins.JumpTarget == 0), $"seed {seed}, uop {i}");
            }
        }
    }

    [Fact]
    public void Loops_run_over_at_most_five_values()
    {
        for (int seed = 0; seed < Seeds; seed++)
        {
            Trace t = RandomTraceGenerator.Generate(seed, 40);
            long left = t.Stack.Count == 0 ? 0 : t.Stack[0] switch
            {
                StencilBench.Core.Values.RangeIterValue r => r.Remaining,
                StencilBench.Core.Values.ListIterValue l => l.Seq!.Items.Length,
                _ => long.MaxValue,
            };
            Assert.True(left <= 5, $"seed {seed}");
        }
    }

    [Fact]
    public void Printed_trace_reads_back_as_the_same_trace()
    {
        for (int seed = 0; seed < Seeds; seed++)
        {
            Trace t = RandomTraceGenerator.Generate(seed, 40);
            string text = TraceWriter.Write(t);
            Trace again = TraceFileParser.Parse(text, $"random_{seed}.uops").Instantiate().Trace;
            Assert.True(again.Instructions.Select(i => i with { Where = null }).SequenceEqual(t.Instructions), $"seed {seed}:\n{text}");
            Assert.Equal(t.Locals, again.Locals);
            Assert.Equal(t.Stack, again.Stack);
            Assert.Equal((t.MainLength, t.Capacity), (again.MainLength, again.Capacity));
        }
    }

    [Fact]
    public void Generator_exercises_exits_errors_and_big_ints()
    {
        var names = Enumerable.Range(0, 300).SelectMany(s => RandomTraceGenerator.Generate(s, 40).Instructions).Select(i => i.Uop.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "_DEOPT", "_EXIT_TRACE", "_ERROR_POP_N", "_BINARY_OP", "_BINARY_OP_SUBSCR_LIST_INT", "_STORE_SUBSCR_LIST_INT", "_SWAP", "_COPY", "_ITER_NEXT_RANGE", "_JUMP_TO_TOP" },
            names);
    }
}
