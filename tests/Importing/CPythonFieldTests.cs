using StencilBench.Core.Traces;
using static StencilBench.Tests.Workloads.TraceText;

namespace StencilBench.Tests.Importing;

/// <summary>The fields of a CPython 3.14 executor dump are read as CPython gives them.</summary>
public class CPythonFieldTests
{
    private static Trace Load(string uops) =>
        Parse("name: t\nlocals: a = 1, b = 2\nstack: iter(range(3))\ntrace:\n" + uops + "expect:\n    exit: any\n").Instantiate().Trace;

    [Fact]
    public void A_packed_target_is_split_into_jump_and_error_targets()
    {
        Trace t = Load("    _CHECK_PERIODIC target=0x30000\n    _EXIT_TRACE target=8\n    _DEOPT target=9\n    _ERROR_POP_N 0 operand0=7\n");
        Assert.Equal((-1, 3), (t.Instructions[0].JumpTarget, t.Instructions[0].ErrorTarget));
    }

    [Fact]
    public void A_packed_jump_target_on_a_uop_without_one_is_rejected() =>
        Assert.Contains("packed target 196610: _CHECK_PERIODIC has no jump target, but its low 16 bits are 2",
            ParseError("name: t\nlocals: a\ntrace:\n    _CHECK_PERIODIC target=0x30002\nexpect:\n    exit: any\n"));

    [Fact]
    public void A_packed_error_target_on_a_uop_that_cannot_fail_is_rejected() =>
        Assert.Contains("packed target 65538: _ITER_CHECK_RANGE cannot fail, but its high 16 bits are 1",
            ParseError("name: t\nlocals: a\ntrace:\n    _ITER_CHECK_RANGE target=0x10002\nexpect:\n    exit: any\n"));

    [Fact]
    public void Error_pop_n_resumes_at_its_operand0() =>
        Assert.Equal(27u, Load("    _CHECK_PERIODIC error=2\n    _EXIT_TRACE target=8\n    _ERROR_POP_N 0 target=0 operand0=27\n").Instructions[2].Target);

    [Fact]
    public void Error_pop_n_with_a_different_target_and_operand0_is_rejected() =>
        Assert.Contains("resumes at operand0 = 27 but target = 5",
            ParseError("name: t\nlocals: a\ntrace:\n    _ERROR_POP_N 0 target=5 operand0=27\nexpect:\n    exit: any\n"));

    [Theory]
    [InlineData("_BINARY_OP_ADD_FLOAT", "x = 1.5")]
    [InlineData("_BINARY_OP_MULTIPLY_FLOAT", "x = 1.5")]
    public void An_error_target_cpython_gives_a_float_op_is_accepted_and_never_taken(string uop, string local)
    {
        Trace t = Parse($"name: t\nlocals: {local}\ntrace:\n    _LOAD_FAST 0\n    _LOAD_FAST 0\n    {uop} error=4\n    _STORE_FAST 0\n    _EXIT_TRACE target=9\n    _ERROR_POP_N 0 operand0=3\nexpect:\n    exit: exit\n").Instantiate().Trace;
        Assert.Equal(-1, t.Instructions[2].ErrorTarget);
    }

    [Fact]
    public void An_error_target_on_iter_next_range_is_accepted() =>
        Assert.Equal(-1, Load("    _ITER_NEXT_RANGE error=3\n    _POP_TOP\n    _EXIT_TRACE target=8\n    _ERROR_POP_N 0 operand0=3\n").Instructions[0].ErrorTarget);

    [Fact]
    public void A_deopt_target_on_compare_op_int_is_kept() =>
        Assert.Equal(5, Load("    _LOAD_FAST 0\n    _LOAD_FAST 1\n    _COMPARE_OP_INT bool(<) jump=5\n    _POP_TOP\n    _EXIT_TRACE target=8\n    _DEOPT target=4\n").Instructions[2].JumpTarget);

    [Fact]
    public void An_error_target_on_a_uop_cpython_gives_none_is_still_rejected() =>
        Assert.Contains("'error=' does not apply: _LOAD_FAST cannot fail",
            InstantiateError("name: t\nlocals: a = 1\ntrace:\n    _LOAD_FAST 0 error=2\n    _POP_TOP\n    _ERROR_POP_N 0\nexpect:\n    exit: any\n"));
}
