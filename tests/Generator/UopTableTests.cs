using StencilBench.Core.Uops;

namespace StencilBench.Tests.Generator;

/// <summary>The generated uop table says what uops.def says.</summary>
public class UopTableTests
{
    [Theory]
    [InlineData("_LOAD_FAST", 0, 1)]
    [InlineData("_STORE_FAST", 1, 0)]
    [InlineData("_BINARY_OP_ADD_INT", 2, 1)]
    [InlineData("_ITER_NEXT_RANGE", 1, 2)]
    [InlineData("_STORE_SUBSCR_LIST_INT", 3, 0)]
    [InlineData("_GUARD_NOS_INT", 2, 2)]
    [InlineData("_JUMP_TO_TOP", 0, 0)]
    public void Stack_effect_matches_the_definition(string name, int pops, int pushes)
    {
        var uop = UopTable.Get(name);
        Assert.Equal(pops, uop.Pops.For(0));
        Assert.Equal(pushes, uop.Pushes.For(0));
    }

    [Fact]
    public void Error_pop_n_pops_oparg_values() => Assert.Equal(5, UopTable.Get("_ERROR_POP_N").Pops.For(5));

    [Theory]
    [InlineData("_LOAD_FAST", UopFlags.UsesOparg)]
    [InlineData("_LOAD_CONST_INLINE", UopFlags.UsesOperand)]
    [InlineData("_GUARD_BOTH_INT", UopFlags.CanDeopt)]
    [InlineData("_GUARD_TOS_INT", UopFlags.CanExit)]
    [InlineData("_BINARY_OP", UopFlags.CanError | UopFlags.UsesOparg)]
    [InlineData("_JUMP_TO_TOP", UopFlags.Jumps)]
    [InlineData("_EXIT_TRACE", UopFlags.LeavesTrace)]
    [InlineData("_SET_IP", UopFlags.UsesOperand)]
    [InlineData("_POP_TOP", UopFlags.None)]
    [InlineData("_GUARD_IS_TRUE_POP", UopFlags.CanExit | UopFlags.PopsBeforeExit)]
    public void Flags_are_inferred_from_the_body(string name, UopFlags flags) =>
        Assert.Equal(flags, UopTable.Get(name).Flags);

    [Fact]
    public void Replicated_spellings_carry_their_oparg()
    {
        var uop = UopTable.Get("_LOAD_FAST_BORROW_7");
        Assert.Equal(7, uop.FixedOparg);
        Assert.Equal("_LOAD_FAST_BORROW", uop.Family);
    }

    [Fact]
    public void Ids_are_indices_into_the_table()
    {
        for (int i = 0; i < UopTable.All.Count; i++)
        {
            Assert.Equal(i, UopTable.All[i].Id);
        }
    }

    [Fact]
    public void Every_op_in_the_definitions_file_is_in_the_table()
    {
        string defs = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "stencils", "uops.def"));
        var names = System.Text.RegularExpressions.Regex.Matches(defs, @"^(?:op|alias)\((_[A-Z0-9_]+)", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.True(UopTable.TryGet(n, out _), $"{n} is not in the table"));
    }

    [Theory]
    [InlineData("_LOAD_FAST_BORROW_LOAD_FAST_BORROW")]
    [InlineData("_ITER_NEXT_LIST_TIER_TWO")]
    [InlineData("_BINARY_OP_EXTEND")]
    [InlineData("_GUARD_BINARY_OP_EXTEND")]
    [InlineData("_START_EXECUTOR")]
    [InlineData("_MAKE_WARM")]
    [InlineData("_CHECK_PERIODIC")]
    [InlineData("_LOAD_SMALL_INT_1")]
    [InlineData("_STORE_FAST_7")]
    public void CPython_3_14_spellings_are_accepted(string name) => Assert.True(UopTable.TryGet(name, out _));
}
