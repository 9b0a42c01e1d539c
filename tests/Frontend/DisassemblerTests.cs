using StencilBench.Frontend.Bytecode;

namespace StencilBench.Tests.Frontend;

/// <summary>The dis-like listing: lines, labels, offsets, opnames, args and what they mean.</summary>
public class DisassemblerTests
{
    private static string Listing(string parameters, string body) =>
        Disassembler.Listing(CompiledFunction.Compile(parameters, body));

    [Fact]
    public void A_listing_shows_line_offset_opname_arg_and_meaning() =>
        Assert.Equal(
            "   1          0  RESUME                   0\n\n"
            + "   2          1  LOAD_FAST_BORROW         0 (x)\n"
            + "              2  LOAD_SMALL_INT           1\n"
            + "              3  BINARY_OP                0 (+)\n"
            + "              4  RETURN_VALUE\n",
            Listing("x", "return x + 1"));

    [Fact]
    public void Jump_targets_get_labels_and_jumps_name_them()
    {
        string text = Listing("n", "while n > 0:\n    n -= 1");
        Assert.Contains("L1:    1  LOAD_FAST_BORROW         0 (n)", text);
        Assert.Contains("COMPARE_OP             148 (bool(>))", text);
        Assert.Contains("JUMP_BACKWARD            1 (to L1)", text);
    }

    [Fact]
    public void Globals_show_their_name_and_the_NULL_they_push() =>
        Assert.Contains("LOAD_GLOBAL              1 (len + NULL)", Listing("x", "return len(x)"));

    [Fact]
    public void Fused_loads_show_both_names() =>
        Assert.Contains("LOAD_FAST_BORROW_LOAD_FAST_BORROW 1 (a, b)", Listing("a, b", "return a + b"));

    [Fact]
    public void Constants_show_their_repr() =>
        Assert.Contains("LOAD_CONST               1 ((1, 2.5, None))", Listing("", "x = 0\nreturn (1, 2.5, None)"));
}
