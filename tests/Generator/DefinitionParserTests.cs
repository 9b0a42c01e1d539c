using StencilBench.Generator.Uops;

namespace StencilBench.Tests.Generator;

/// <summary>The uops.def reader: what it accepts and how it says what is wrong.</summary>
public class DefinitionParserTests
{
    [Fact]
    public void Reads_name_stack_effect_and_body()
    {
        var d = Assert.Single(DefinitionParser.Parse("op(_X, (a, b -- c)) { c = a; }", "t.def"));
        Assert.Equal("_X", d.Name);
        Assert.Equal(["a", "b"], d.Inputs.Select(i => i.Name));
        Assert.Equal(["c"], d.Outputs.Select(i => i.Name));
        Assert.Contains("c = a;", d.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Replicate_expands_to_numbered_spellings()
    {
        var uops = Analysis.Expand(DefinitionParser.Parse("op(_L, (-- v)) replicate(3) { v = frame->localsplus[oparg]; }", "t.def"));
        Assert.Equal(["_L", "_L_0", "_L_1", "_L_2"], uops.Select(u => u.Name));
        Assert.Equal(2, uops[3].FixedOparg);
    }

    [Fact]
    public void Nested_braces_stay_in_the_body()
    {
        var d = Assert.Single(DefinitionParser.Parse("op(_X, (--)) { if (a) { b(); } }", "t.def"));
        Assert.Contains("b();", d.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_is_reported_with_file_and_line()
    {
        var e = Assert.Throws<FormatException>(() => DefinitionParser.Parse("op(_X, (--)) { }\n\nbogus", "t.def"));
        Assert.Equal("t.def:3: expected op(...) or alias(...), found 'bogus'", e.Message);
    }

    [Fact]
    public void Unterminated_body_is_reported()
    {
        var e = Assert.Throws<FormatException>(() => DefinitionParser.Parse("op(_X, (--)) { {", "t.def"));
        Assert.Equal("t.def:1: unterminated body", e.Message);
    }

    [Fact]
    public void Alias_of_an_unknown_uop_is_reported()
    {
        var e = Assert.Throws<FormatException>(() => DefinitionParser.Parse("alias(_Y, _NOPE)", "t.def"));
        Assert.Equal("t.def:1: alias of unknown uop '_NOPE'", e.Message);
    }

    [Fact]
    public void Cases_writer_pops_inputs_on_error()
    {
        var uops = Analysis.Expand(DefinitionParser.Parse("op(_E, (a, b -- c)) { c = f(a, b); ERROR_IF(c == NULL); }", "t.def"));
        Assert.Contains("SB_ERROR_IF(2, c == NULL)", CasesWriter.Write(uops), StringComparison.Ordinal);
    }
}
