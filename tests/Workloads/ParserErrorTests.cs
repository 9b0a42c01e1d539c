using static StencilBench.Tests.Workloads.TraceText;

namespace StencilBench.Tests.Workloads;

/// <summary>Malformed trace files: each fails with one exact one-line message naming file, line and column.</summary>
public class ParserErrorTests
{
    [Fact]
    public void Unknown_uop_is_named() =>
        Assert.Equal("t.uops:4:5: error: unknown uop '_LOAD_FASTT'", ParseError(WithUops("    _LOAD_FASTT 0\n    _EXIT_TRACE\n")));

    [Fact]
    public void Missing_oparg_is_reported() =>
        Assert.Equal("t.uops:4:5: error: _LOAD_FAST needs an oparg", ParseError(WithUops("    _LOAD_FAST\n    _EXIT_TRACE\n")));

    [Fact]
    public void Duplicate_label_names_the_first_definition() =>
        Assert.Equal("t.uops:6:1: error: duplicate label 'top' (first defined at line 4)",
            ParseError(WithUops("top:\n    _NOP\ntop:\n    _EXIT_TRACE\n")));

    [Fact]
    public void Unknown_label_is_reported_where_it_is_used() =>
        Assert.Equal("t.uops:4:25: error: unknown label 'nowhere'",
            ParseError(WithUops("    _GUARD_TOS_INT jump=nowhere\n    _EXIT_TRACE\n")));

    [Fact]
    public void Unknown_field_lists_the_known_ones() =>
        Assert.Equal("t.uops:4:18: error: unknown field 'colour' (expected oparg, target, operand, jump, error)",
            ParseError(WithUops("    _LOAD_FAST 0 colour=red\n    _EXIT_TRACE\n")));

    [Fact]
    public void Replicated_spelling_rejects_another_oparg() =>
        Assert.Equal("t.uops:4:18: error: _LOAD_FAST_3 has the fixed oparg 3, not 2",
            ParseError(WithUops("    _LOAD_FAST_3 2\n    _EXIT_TRACE\n")));

    [Fact]
    public void Oparg_beyond_sixteen_bits_is_rejected() =>
        Assert.Equal("t.uops:4:16: error: oparg 70000 is out of range (0..65535)",
            ParseError(WithUops("    _LOAD_FAST 70000\n    _EXIT_TRACE\n")));

    [Fact]
    public void Comparison_symbol_only_applies_to_compare_uops() =>
        Assert.Equal("t.uops:4:16: error: a comparison oparg ('<') only applies to _COMPARE_OP uops, not _LOAD_FAST",
            ParseError(WithUops("    _LOAD_FAST <\n    _EXIT_TRACE\n")));

    [Fact]
    public void Duplicate_field_is_rejected() =>
        Assert.Equal("t.uops:4:26: error: duplicate field 'target'", ParseError(WithUops("    _EXIT_TRACE target=5 target=6\n")));

    [Fact]
    public void Unknown_header_key_lists_the_known_ones() =>
        Assert.Equal("t.uops:2:1: error: unknown key 'colour' (expected one of: name, params, locals, stack, capacity, iterations, function_version, trace)",
            ParseError("name: t\ncolour: red\ntrace:\n    _EXIT_TRACE\n" + Tail));

    [Fact]
    public void Missing_expect_section_is_reported() =>
        Assert.Equal("t.uops:1:1: error: missing 'expect:' section", ParseError("name: t\ntrace:\n    _EXIT_TRACE\n"));

    [Fact]
    public void Missing_name_is_reported() =>
        Assert.Equal("t.uops:1:1: error: missing 'name:'", ParseError("trace:\n    _EXIT_TRACE\n" + Tail));

    [Fact]
    public void Empty_trace_is_reported() =>
        Assert.Equal("t.uops:1:1: error: the trace has no uops", ParseError("name: t\ntrace:\n" + Tail));

    [Fact]
    public void Unknown_exit_kind_lists_the_known_ones() =>
        Assert.Equal("t.uops:5:11: error: unknown exit kind 'crash' (expected exit, deopt, error, any)",
            ParseError("name: t\ntrace:\n    _EXIT_TRACE\nexpect:\n    exit: crash\n"));

    [Fact]
    public void Condition_on_unknown_param_is_reported() =>
        Assert.Equal("t.uops:4:13: error: unknown param 'n'",
            ParseError("name: t\ntrace:\n    _EXIT_TRACE\nexpect when n = 3:\n    exit: exit\n" + Tail));

    [Fact]
    public void Expected_value_of_unknown_local_is_reported() =>
        Assert.Equal("t.uops:7:13: error: unknown local 'z'",
            ParseError("name: t\nlocals: a = 1\ntrace:\n    _EXIT_TRACE\nexpect:\n    exit: exit\n    locals: z = 3\n"));

    [Fact]
    public void Unclosed_list_is_reported_at_the_end_of_line() =>
        Assert.Equal("t.uops:2:18: error: expected ']', found end of line",
            ParseError("name: t\nlocals: a = [1, 2\ntrace:\n    _EXIT_TRACE\n" + Tail));

    [Fact]
    public void Stray_character_is_reported() =>
        Assert.Equal("t.uops:2:15: error: unexpected character '$'",
            ParseError("name: t\nlocals: a = 1 $ 2\ntrace:\n    _EXIT_TRACE\n" + Tail));

    [Fact]
    public void Duplicate_local_is_rejected() =>
        Assert.Equal("t.uops:2:16: error: duplicate local 'a'",
            ParseError("name: t\nlocals: a = 1, a = 2\ntrace:\n    _EXIT_TRACE\n" + Tail));

    [Fact]
    public void Duplicate_header_key_is_rejected() =>
        Assert.Equal("t.uops:2:1: error: duplicate key 'name'", ParseError("name: t\nname: u\ntrace:\n    _EXIT_TRACE\n" + Tail));

    [Fact]
    public void Label_after_the_last_uop_is_rejected() =>
        Assert.Equal("t.uops:5:1: error: label 'end' names no uop (it is after the last one)",
            ParseError(WithUops("    _EXIT_TRACE\nend:\n")));

    [Fact]
    public void Written_index_must_match_the_position() =>
        Assert.Equal("t.uops:4:5: error: uop index 3 does not match its position 0", ParseError(WithUops("    3: _EXIT_TRACE\n")));

    [Fact]
    public void Expect_before_trace_is_rejected() =>
        Assert.Equal("t.uops:2:1: error: 'expect' before 'trace:'", ParseError("name: t\nexpect:\n    exit: exit\ntrace:\n"));

    [Fact]
    public void Unknown_error_kind_lists_the_known_ones() =>
        Assert.Equal("t.uops:7:12: error: unknown error kind 'Banana' (expected ZeroDivisionError, TypeError, IndexError, OverflowError, MemoryError, ValueError, InterruptError)",
            ParseError(Head + "    _EXIT_TRACE\nexpect:\n    exit: exit\n    error: Banana\n"));

    [Fact]
    public void Nonzero_operand1_is_rejected() =>
        Assert.Equal("t.uops:4:27: error: operand1 is not supported (it must be 0)",
            ParseError(WithUops("    _LOAD_FAST 0 operand1=5\n    _EXIT_TRACE\n")));

    [Fact]
    public void Unclosed_printed_form_is_reported() =>
        Assert.Equal("t.uops:4:29: error: expected ')', found end of line", ParseError(WithUops("    _EXIT_TRACE (0, target=3\n")));

    [Fact]
    public void Header_key_inside_the_trace_is_rejected() =>
        Assert.Equal("t.uops:5:5: error: 'stack:' belongs before 'trace:'", ParseError(WithUops("    _NOP\n    stack: 1\n    _EXIT_TRACE\n")));
}
