using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Projection;
using StencilBench.Frontend.Tier1;
using StencilBench.Generator.Macros;
using Xunit;

namespace StencilBench.Tests.Tier1;

/// <summary>The macro table generated from stencils/macros.def, and the generator's checks of it.</summary>
public class MacroTableTests
{
    private static readonly HashSet<string> Known = ["_GUARD_TOS_INT", "_BINARY_OP_ADD_INT"];

    [Fact]
    public void Every_macro_names_an_opcode_of_the_bytecode_model()
    {
        Assert.All(MacroTable.All, m => Assert.True(Enum.TryParse<Opcode>(m.Instruction, out _), m.Instruction));
    }

    [Fact]
    public void Every_specialised_form_tier_1_quickens_to_has_a_macro()
    {
        var specialised = Enum.GetValues<Opcode>().Where(o => Specializer.Generic(o) != o);
        Assert.All(specialised, o => Assert.NotNull(MacroTable.For(o)));
    }

    [Fact]
    public void FOR_ITER_RANGE_expands_as_CPythons_projection_does()
    {
        Assert.Equal(["_ITER_CHECK_RANGE", "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE"], MacroTable.For(Opcode.FOR_ITER_RANGE)!.Uops.Select(u => u.Uop));
    }

    [Fact]
    public void An_unknown_uop_is_one_error_naming_the_file_and_line()
    {
        var e = Assert.Throws<FormatException>(() => MacroParser.Parse("// x\nmacro(BINARY_OP_ADD_INT) = _GUARD_TOS_INT + _GUARD_TOS_INTT;\n", "macros.def", Known));
        Assert.Equal("macros.def:2: unknown uop '_GUARD_TOS_INTT' (not in uops.def)", e.Message);
    }

    [Fact]
    public void A_line_that_is_not_a_macro_is_an_error_naming_the_line()
    {
        var e = Assert.Throws<FormatException>(() => MacroParser.Parse("macro(X) = _GUARD_TOS_INT\n", "macros.def", Known));
        Assert.StartsWith("macros.def:1: expected", e.Message);
    }

    [Fact]
    public void A_const_operand_is_marked_in_the_table()
    {
        Assert.True(MacroTable.For(Opcode.LOAD_CONST)!.Uops.Single().FromConst);
    }
}
