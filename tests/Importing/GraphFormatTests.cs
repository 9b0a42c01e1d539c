using StencilBench.Core.Traces;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Importing;

/// <summary>The trace format's executor graphs: <c>trace @OFFSET:</c> sections after the entry.</summary>
public class GraphFormatTests
{
    private const string Head = "name: g\nlocals: x = 1\n";

    private const string Expect = "expect:\n    exit: exit\n";

    private const string Entry = "trace @10:\n    _LOAD_FAST_0\n    _POP_TOP\n    _EXIT_TRACE target=20\n";

    private const string Second = "trace @40:\n    _EXIT_TRACE target=7\n";

    private static WorkloadDefinition Parse(string text) => TraceFileParser.Parse(text, "g.uops");

    private static string Problem(string text) => Assert.Throws<TraceException>(() => Parse(text).Instantiate()).Message;

    [Fact]
    public void A_further_section_is_an_executor_entered_at_half_its_offset()
    {
        Trace t = Parse(Head + Entry + Second + Expect).Instantiate().Trace;
        Assert.Equal((5L, 20L), (t.EntryTarget!.Value, t.Executors.Single().EntryTarget!.Value));
    }

    [Fact]
    public void A_file_without_further_sections_is_a_single_trace() =>
        Assert.Empty(Parse(Head + "trace:\n    _EXIT_TRACE target=3\n" + Expect).Instantiate().Trace.Executors);

    [Fact]
    public void Labels_and_indices_count_within_their_section()
    {
        Trace t = Parse(Head + Entry + "trace @40:\n    0: _LOAD_FAST_0\n    1: _POP_TOP\nback:\n    2: _CHECK_PERIODIC\n    3: _JUMP_TO_TOP jump=back\n" + Expect).Instantiate().Trace;
        Assert.Equal(2, t.Executors.Single().Instructions[3].JumpTarget);
    }

    [Fact]
    public void A_further_section_without_an_offset_is_one_line() =>
        Assert.Equal("g.uops:7:1: error: a further executor needs its offset: 'trace @OFFSET:'",
            Problem(Head + Entry + "trace:\n    _EXIT_TRACE target=7\n" + Expect));

    [Fact]
    public void A_duplicate_offset_is_one_line() =>
        Assert.Equal("g.uops:7:1: error: duplicate executor @10 (first at line 3)",
            Problem(Head + Entry + "trace @10:\n    _EXIT_TRACE target=7\n" + Expect));

    [Fact]
    public void An_odd_offset_is_one_line() =>
        Assert.Equal("g.uops:3:8: error: an executor's offset must be an even bytecode offset in bytes, not '11'",
            Problem(Head + "trace @11:\n    _EXIT_TRACE target=7\n" + Expect));

    [Fact]
    public void An_empty_section_is_one_line() =>
        Assert.Equal("g.uops:8:1: error: the trace section before this one has no uops",
            Problem(Head + Entry + "trace @40:\ntrace @50:\n    _EXIT_TRACE target=7\n" + Expect));
}
