using StencilBench.Generator.Uops;

namespace StencilBench.Tests.Generator;

/// <summary>How the generator infers the verifier's facts from a body, and what it refuses.</summary>
public class FactInferenceTests
{
    private static UopDefinition Def(string text) => Assert.Single(DefinitionParser.Parse(text, "t.def"));

    private static string Error(Action infer) => Assert.Throws<FormatException>(infer).Message;

    [Fact]
    public void A_new_uop_that_loads_a_local_is_seen_to_read_it() =>
        Assert.Equal([new LocalUseAnalysis.Use("Read", "Whole")],
            LocalUseAnalysis.Uses(Def("op(_LOAD_TWICE, (-- a, b)) { a = frame->localsplus[oparg]; b = a; }")));

    [Fact]
    public void A_new_uop_that_stores_a_local_is_seen_to_write_it() =>
        Assert.Equal([new LocalUseAnalysis.Use("Write", "Low")],
            LocalUseAnalysis.Uses(Def("op(_PUT, (v --)) { frame->localsplus[oparg & 15] = v; }")));

    [Fact]
    public void A_local_index_the_verifier_cannot_decode_is_an_error() =>
        Assert.Equal("_X (line 1): local index 'oparg + 1' is not oparg, oparg >> 4 or oparg & 15",
            Error(() => LocalUseAnalysis.Uses(Def("op(_X, (-- v)) { v = frame->localsplus[oparg + 1]; }"))));

    [Fact]
    public void Locals_reached_another_way_are_an_error() =>
        Assert.Equal("_X (line 1): localsplus is used other than as frame->localsplus[INDEX]",
            Error(() => LocalUseAnalysis.Uses(Def("op(_X, (-- v)) { SbObject **l = frame->localsplus; v = l[0]; }"))));

    [Fact]
    public void An_object_cast_of_the_operand_makes_a_constant() =>
        Assert.Equal("Constant", OperandAnalysis.Kind(Def("op(_K, (-- v)) { v = (SbObject *)operand0; }")));

    [Fact]
    public void An_operand_cast_to_an_unknown_pointer_is_an_error() =>
        Assert.Equal("_K (line 1): operand0 is cast to 'SbFrame *', which is neither an object nor a descriptor",
            Error(() => OperandAnalysis.Kind(Def("op(_K, (--)) { frame = (SbFrame *)operand0; }"))));

    [Fact]
    public void Compact_int_macros_make_an_int_input() =>
        Assert.Equal(["Int", "Any"],
            InputTypeAnalysis.Consumes(Def("op(_X, (a, b -- r)) { r = SbInt_COMPACT_VALUE(a) ? a : b; }")));

    [Fact]
    public void A_type_check_makes_an_input_take_any_type() =>
        Assert.Equal(["Any"],
            InputTypeAnalysis.Consumes(Def("op(_X, (a -- a)) { EXIT_IF(!Sb_IS_TYPE(a, SbInt_Type) || SbInt_COMPACT_VALUE(a)); }")));

    [Fact]
    public void A_declaration_gives_a_type_the_body_cannot_show() =>
        Assert.Equal(["Bool"], InputTypeAnalysis.Consumes(Def("op(_X, (f --)) consumes(f: bool) { EXIT_IF(f != SB_TRUE); }")));

    [Fact]
    public void A_declaration_the_body_already_shows_is_an_error() =>
        Assert.Equal("_X (line 1): consumes(a: int) is not needed: the body shows it is Int",
            Error(() => InputTypeAnalysis.Consumes(Def("op(_X, (a --)) consumes(a: int) { (void)SbInt_COMPACT_VALUE(a); }"))));

    [Fact]
    public void A_declaration_of_a_checked_input_is_an_error() =>
        Assert.Equal("_X (line 1): consumes(a: int), but the body checks its type with Sb_IS_TYPE",
            Error(() => InputTypeAnalysis.Consumes(Def("op(_X, (a -- a)) consumes(a: int) { EXIT_IF(!Sb_IS_TYPE(a, SbInt_Type)); }"))));

    [Fact]
    public void A_declaration_of_an_unknown_type_is_an_error() =>
        Assert.StartsWith("_X (line 1): unknown type 'str' for 'a'",
            Error(() => InputTypeAnalysis.Consumes(Def("op(_X, (a --)) consumes(a: str) { }"))), StringComparison.Ordinal);

    [Fact]
    public void A_declaration_that_names_no_input_is_an_error() =>
        Assert.Equal("_X (line 1): consumes(b: ...) names no input",
            Error(() => InputTypeAnalysis.Consumes(Def("op(_X, (a --)) consumes(b: int) { }"))));

    [Fact]
    public void Contradicting_uses_of_an_input_are_an_error() =>
        Assert.Equal("_X (line 1): the body uses 'a' as Int and as Float",
            Error(() => InputTypeAnalysis.Consumes(Def("op(_X, (a --)) { (void)SbInt_COMPACT_VALUE(a); (void)SbFloat_AS_DOUBLE(a); }"))));
}
