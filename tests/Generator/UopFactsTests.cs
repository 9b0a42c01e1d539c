using StencilBench.Core.Uops;

namespace StencilBench.Tests.Generator;

/// <summary>The verifier's facts in the generated table, inferred from the real uops' bodies.</summary>
public class UopFactsTests
{
    private static LocalUse Use(LocalAccessKind kind, OpargPart index = OpargPart.Whole) => new(kind, index);

    [Fact]
    public void A_load_reads_the_local_its_oparg_names() =>
        Assert.Equal([Use(LocalAccessKind.Read)], UopTable.Get("_LOAD_FAST").Locals);

    [Fact]
    public void A_replicated_load_reads_the_local_of_its_fixed_oparg()
    {
        var uop = UopTable.Get("_LOAD_FAST_3");
        Assert.Equal(3, Assert.Single(uop.Locals).Slot(uop.FixedOparg!.Value));
    }

    [Fact]
    public void A_store_writes_its_local_and_copes_with_the_old_value_being_unbound() =>
        Assert.Equal([Use(LocalAccessKind.ReadMaybeUnbound), Use(LocalAccessKind.Write)], UopTable.Get("_STORE_FAST").Locals);

    [Fact]
    public void A_checked_load_may_read_an_unbound_local() =>
        Assert.Equal([Use(LocalAccessKind.ReadMaybeUnbound)], UopTable.Get("_LOAD_FAST_CHECK").Locals);

    [Fact]
    public void Load_and_clear_unbinds_its_local() =>
        Assert.Equal([Use(LocalAccessKind.ReadMaybeUnbound), Use(LocalAccessKind.Clear)], UopTable.Get("_LOAD_FAST_AND_CLEAR").Locals);

    [Fact]
    public void A_pair_load_reads_both_halves_of_its_oparg() =>
        Assert.Equal([Use(LocalAccessKind.Read, OpargPart.High), Use(LocalAccessKind.Read, OpargPart.Low)], UopTable.Get("_LOAD_FAST_LOAD_FAST").Locals);

    [Fact]
    public void Store_then_load_writes_the_high_half_and_reads_the_low_half() =>
        Assert.Equal(
            [Use(LocalAccessKind.ReadMaybeUnbound, OpargPart.High), Use(LocalAccessKind.Write, OpargPart.High), Use(LocalAccessKind.Read, OpargPart.Low)],
            UopTable.Get("_STORE_FAST_LOAD_FAST").Locals);

    [Theory]
    [InlineData("_POP_TOP")]
    [InlineData("_BINARY_OP_ADD_INT")]
    [InlineData("_LOAD_CONST_INLINE")]
    public void Uops_that_name_no_local_touch_none(string name) => Assert.Empty(UopTable.Get(name).Locals);

    [Theory]
    [InlineData("_LOAD_CONST_INLINE", OperandKind.Constant)]
    [InlineData("_LOAD_CONST_INLINE_BORROW", OperandKind.Constant)]
    [InlineData("_BINARY_OP_EXTEND", OperandKind.Descriptor)]
    [InlineData("_GUARD_BINARY_OP_EXTEND", OperandKind.Descriptor)]
    [InlineData("_SET_IP", OperandKind.Raw)]
    [InlineData("_LOAD_FAST", OperandKind.None)]
    public void The_operand_kind_is_inferred_from_its_cast(string name, OperandKind kind) =>
        Assert.Equal(kind, UopTable.Get(name).Operand);

    [Theory]
    [InlineData("_BINARY_OP_ADD_INT", new[] { InputType.Int, InputType.Int })]
    [InlineData("_COMPARE_OP_INT", new[] { InputType.Int, InputType.Int })]
    [InlineData("_BINARY_OP_MULTIPLY_FLOAT", new[] { InputType.Float, InputType.Float })]
    [InlineData("_BINARY_OP_SUBSCR_LIST_INT", new[] { InputType.List, InputType.Int })]
    [InlineData("_STORE_SUBSCR_LIST_INT", new[] { InputType.Any, InputType.List, InputType.Int })]
    [InlineData("_ITER_NEXT_RANGE", new[] { InputType.RangeIterator })]
    [InlineData("_GUARD_NOT_EXHAUSTED_LIST", new[] { InputType.ListIterator })]
    public void Consumed_types_are_inferred_from_the_body(string name, InputType[] types) =>
        Assert.Equal(types, UopTable.Get(name).Consumes);

    [Theory]
    [InlineData("_GUARD_TOS_INT")]
    [InlineData("_TO_BOOL_INT")]
    [InlineData("_BINARY_OP")]
    [InlineData("_POP_TOP")]
    public void Inputs_the_body_checks_or_ignores_take_any_type(string name) =>
        Assert.All(UopTable.Get(name).Consumes, t => Assert.Equal(InputType.Any, t));

    [Theory]
    [InlineData("_UNARY_NOT")]
    [InlineData("_GUARD_IS_TRUE_POP")]
    [InlineData("_GUARD_IS_FALSE_POP")]
    public void Declared_consumed_types_reach_the_table(string name) =>
        Assert.Equal([InputType.Bool], UopTable.Get(name).Consumes);

    [Fact]
    public void Guard_inputs_below_the_top_are_recorded_in_stack_order() =>
        Assert.Equal([InputType.Any, InputType.Any], UopTable.Get("_GUARD_NOS_INT").Consumes);
}
