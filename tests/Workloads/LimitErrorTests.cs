using System.Diagnostics;
using System.Numerics;
using StencilBench.Core.Values;
using StencilBench.Workloads.Model;
using static StencilBench.Tests.Workloads.TraceText;

namespace StencilBench.Tests.Workloads;

/// <summary>Hostile trace files (the probes): each breach of a <see cref="TraceLimits"/> limit is one exact line with file:line:col.</summary>
public class LimitErrorTests
{
    private static string WithLocal(string value) => $"name: t\nlocals: a = {value}, b\ntrace:\n    _EXIT_TRACE\n" + Tail;

    [Fact]
    public void Six_thousand_nested_parentheses_exceed_the_nesting_limit() =>
        Assert.Equal("t.uops:2:213: error: expression nested too deeply (at most 200 levels)",
            ParseError(WithLocal(new string('(', 6000) + "1" + new string(')', 6000))));

    [Fact]
    public void Twenty_thousand_unary_minuses_exceed_the_nesting_limit() =>
        Assert.Equal("t.uops:2:212: error: expression nested too deeply (at most 200 levels)",
            ParseError(WithLocal(new string('-', 20000) + "1")));

    [Fact]
    public void A_long_operator_chain_exceeds_the_nesting_limit() =>
        Assert.Equal("t.uops:2:412: error: expression nested too deeply (at most 200 levels)",
            ParseError(WithLocal(string.Join("+", Enumerable.Repeat("1", 50_000)))));

    [Fact]
    public void One_to_a_huge_power_is_one() =>
        Assert.Equal(new IntValue(1), Parse(WithLocal("1**(10**10)")).Instantiate().Trace.Locals[0]);

    [Fact]
    public void Minus_one_to_a_huge_odd_power_is_minus_one() =>
        Assert.Equal(new IntValue(-1), Parse(WithLocal("(-1)**(10**10+1)")).Instantiate().Trace.Locals[0]);

    [Fact]
    public void A_range_longer_than_64_bits_can_count_is_rejected() =>
        Assert.Equal("t.uops:2:17: error: range of 18446744073709551615 items is too long (at most 9223372036854775807)",
            InstantiateError(WithLocal("len(range(-2**63, 2**63-1))")));

    [Fact]
    public void A_power_with_too_many_digits_is_rejected_before_computing() =>
        Assert.Equal("t.uops:2:25: error: result of ** would have about 10000000000 digits (at most 100000)",
            InstantiateError(WithLocal("(10**100000)**100000")));

    [Fact]
    public void A_product_with_too_many_digits_is_rejected_before_computing() =>
        Assert.Equal("t.uops:2:24: error: result of * would have about 120000 digits (at most 100000)",
            InstantiateError(WithLocal("(10**60000)*(10**60000)")));

    [Fact]
    public void A_repeated_list_of_lists_counts_its_nested_items() =>
        Assert.Equal("t.uops:2:13: error: value has more than 10000000 items (counting nested ones)",
            InstantiateError(WithLocal("[[0]*10**7]*10**7")));

    [Fact]
    public void A_two_million_digit_literal_is_rejected_at_once() =>
        Assert.Equal("t.uops:2:13: error: number literal has 2000000 digits (at most 4300)",
            ParseError(WithLocal(new string('7', 2_000_000))));

    [Fact]
    public void Forty_thousand_locals_parse_and_instantiate_in_well_under_a_second()
    {
        string locals = string.Join(", ", Enumerable.Range(0, 40_000).Select(i => $"v{i} = {i}"));
        string text = $"name: t\nlocals: {locals}\ntrace:\n    _EXIT_TRACE\nexpect:\n    exit: exit\n";
        var clock = Stopwatch.StartNew();
        WorkloadDefinition d = Parse(text);
        double parse = clock.Elapsed.TotalSeconds;
        Workload w = d.Instantiate();
        double total = clock.Elapsed.TotalSeconds;
        Assert.Equal(40_000, w.Trace.LocalNames.Count);
        Assert.True(total < 2, $"parse {parse:F2} s, instantiate {total - parse:F2} s");
    }

    [Fact]
    public void More_locals_than_an_oparg_can_name_are_rejected()
    {
        string locals = string.Join(", ", Enumerable.Range(0, 65_536).Select(i => $"v{i}"));
        Assert.Equal("t.uops:2:513179: error: too many locals (at most 65535)", ParseError($"name: t\nlocals: {locals}\ntrace:\n" + Tail));
    }

    [Fact]
    public void More_uops_than_the_limit_are_rejected() =>
        Assert.Equal("t.uops:100004:5: error: too many uops (at most 100000)",
            ParseError(WithUops(string.Concat(Enumerable.Repeat("    _NOP\n", 100_001)))));

    [Fact]
    public void A_long_offending_text_is_cut_with_an_ellipsis() =>
        Assert.Equal("t.uops:2:15: error: unexpected '" + new string('x', 188) + "…",
            ParseError(WithLocal("1 " + new string('x', 200_000))));

    [Fact]
    public void A_control_character_is_escaped() =>
        Assert.Equal("t.uops:2:14: error: unexpected character '\\x07'", ParseError(WithLocal("1\a")));

    [Fact]
    public void An_unknown_param_given_from_outside_names_the_file_start() =>
        Assert.Equal("t.uops:1:1: error: unknown param 'zz' for workload 't' (it has none)",
            Assert.Throws<StencilBench.Core.Traces.TraceException>(() =>
                Parse(WithLocal("1")).Instantiate(new Dictionary<string, BigInteger> { ["zz"] = 1 })).Message);
}
