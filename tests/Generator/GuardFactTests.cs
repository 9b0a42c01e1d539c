using StencilBench.Generator.Uops;

namespace StencilBench.Tests.Generator;

/// <summary>How the generator infers what a guard proves and where an output's type comes from.</summary>
public class GuardFactTests
{
    private static UopDefinition Def(string text) => Assert.Single(DefinitionParser.Parse(text, "t.def"));

    [Fact]
    public void A_type_check_in_deopt_if_proves_the_type_on_fall_through() =>
        Assert.Equal(["Any", "Int"], GuardAnalysis.Proves(Def("op(_G, (a, b -- a, b)) { DEOPT_IF(!Sb_IS_TYPE(b, SbInt_Type)); }")));

    [Fact]
    public void A_type_check_in_exit_if_proves_the_type_on_fall_through() =>
        Assert.Equal(["Float"], GuardAnalysis.Proves(Def("op(_G, (a -- a)) { EXIT_IF(!Sb_IS_TYPE(a, SbFloat_Type)); }")));

    [Fact]
    public void A_declared_proof_is_taken() =>
        Assert.Equal(["ListIteratorNotExhausted"],
            GuardAnalysis.Proves(Def("op(_G, (it -- it)) proves(it: list_iterator_not_exhausted) { EXIT_IF(x); }")));

    [Fact]
    public void A_declared_proof_on_a_uop_that_checks_nothing_is_an_error() =>
        Assert.Equal("_G (line 1): proves(it: list), but the body checks nothing (no DEOPT_IF or EXIT_IF)",
            Assert.Throws<FormatException>(() => GuardAnalysis.Proves(Def("op(_G, (it -- it)) proves(it: list) { }"))).Message);

    [Fact]
    public void An_output_made_by_sb_float_from_double_is_a_float() =>
        Assert.Equal(new OutputAnalysis.Output("Fresh", "Float", -1, "Whole"),
            Assert.Single(OutputAnalysis.Outputs(Def("op(_F, (a -- r)) { r = sb_float_from_double(1.0); }"))));

    [Fact]
    public void An_output_assigned_two_types_is_any() =>
        Assert.Equal(new OutputAnalysis.Output("Fresh", "Any", -1, "Whole"),
            Assert.Single(OutputAnalysis.Outputs(Def("op(_F, (a -- r)) { if (a) { r = SB_BOOL(1); } else { r = sb_int_from_i64(1); } }"))));

    [Fact]
    public void An_output_named_like_an_input_passes_it_through() =>
        Assert.Equal(new OutputAnalysis.Output("Input", "Any", 0, "Whole"),
            OutputAnalysis.Outputs(Def("op(_N, (it -- it, v)) { v = SB_BOOL(1); }"))[0]);

    [Fact]
    public void An_output_loaded_from_a_local_comes_from_that_local() =>
        Assert.Equal(new OutputAnalysis.Output("Local", "Any", -1, "High"),
            Assert.Single(OutputAnalysis.Outputs(Def("op(_L, (-- v)) { v = frame->localsplus[oparg >> 4]; }"))));

    [Fact]
    public void A_stack_write_the_verifier_cannot_follow_is_an_error() =>
        Assert.Equal("_W (line 1): the body writes stack_pointer[...] in a way the verifier cannot follow",
            Assert.Throws<FormatException>(() => OutputAnalysis.Swaps(Def("op(_W, (--)) { stack_pointer[-1] = SB_NONE; }"))).Message);
}
