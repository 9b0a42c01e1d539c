using StencilBench.Frontend.Bytecode;

namespace StencilBench.Tests.Frontend;

/// <summary>
/// One construct of the subset each: the front end compiles it to exactly what CPython 3.14 emits
/// (each expectation is 3.14's dis of the same function: opname and arg, a jump's arg its target's index).
/// </summary>
public class ConstructTests
{
    [Fact]
    public void Return_of_an_argument_loads_it_borrowed() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW 0; RETURN_VALUE 0",
            CompiledFunction.Ops("x", "return x"));

    [Fact]
    public void Int_float_bool_and_None_literals_load_as_constants() =>
        Assert.Equal("RESUME 0; LOAD_SMALL_INT 7; STORE_FAST 0; LOAD_CONST 1; STORE_FAST 1; LOAD_CONST 2; STORE_FAST 2; LOAD_CONST 3; STORE_FAST 3; LOAD_FAST_BORROW 0; RETURN_VALUE 0",
            CompiledFunction.Ops("", "a = 7\nb = 2.5\nc = True\nd = None\nreturn a"));

    [Fact]
    public void An_int_of_any_size_is_one_constant() =>
        Assert.Equal("RESUME 0; LOAD_CONST 0; RETURN_VALUE 0",
            CompiledFunction.Ops("", "return 123456789012345678901234567890"));

    [Fact]
    public void List_and_tuple_displays_build_from_their_items() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW 0; LOAD_SMALL_INT 1; BUILD_LIST 2; STORE_FAST 1; LOAD_FAST_BORROW 0; LOAD_SMALL_INT 2; BUILD_TUPLE 2; STORE_FAST 2; LOAD_FAST_BORROW 2; RETURN_VALUE 0",
            CompiledFunction.Ops("x", "a = [x, 1]\nb = (x, 2)\nreturn b"));

    [Fact]
    public void A_tuple_of_constants_folds_to_one_constant() =>
        Assert.Equal("RESUME 0; LOAD_CONST 1; RETURN_VALUE 0",
            CompiledFunction.Ops("", "return (1, 2.5, None)"));

    [Fact]
    public void A_list_of_three_constants_extends_an_empty_list_by_a_constant_tuple() =>
        Assert.Equal("RESUME 0; BUILD_LIST 0; LOAD_CONST 1; LIST_EXTEND 1; RETURN_VALUE 0",
            CompiledFunction.Ops("", "return [1, 2, 3]"));

    [Fact]
    public void For_over_range_iterates_with_FOR_ITER_and_ends_with_END_FOR_POP_ITER() =>
        Assert.Equal("RESUME 0; LOAD_SMALL_INT 0; STORE_FAST 1; LOAD_GLOBAL 1; LOAD_FAST_BORROW 0; CALL 1; GET_ITER 0; FOR_ITER 13; STORE_FAST 2; LOAD_FAST_BORROW_LOAD_FAST_BORROW 18; BINARY_OP 13; STORE_FAST 1; JUMP_BACKWARD 7; END_FOR 0; POP_ITER 0; LOAD_FAST_BORROW 1; RETURN_VALUE 0",
            CompiledFunction.Ops("n", "t = 0\nfor i in range(n):\n    t += i\nreturn t"));

    [Fact]
    public void For_over_a_list_iterates_the_same_way() =>
        Assert.Equal("RESUME 0; LOAD_SMALL_INT 0; STORE_FAST 1; LOAD_FAST_BORROW 0; GET_ITER 0; FOR_ITER 11; STORE_FAST 2; LOAD_FAST_BORROW_LOAD_FAST_BORROW 18; BINARY_OP 0; STORE_FAST 1; JUMP_BACKWARD 5; END_FOR 0; POP_ITER 0; LOAD_FAST_BORROW 1; RETURN_VALUE 0",
            CompiledFunction.Ops("xs", "t = 0\nfor x in xs:\n    t = t + x\nreturn t"));

    [Fact]
    public void While_tests_at_the_top_and_jumps_back_to_the_test() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW 0; LOAD_SMALL_INT 0; COMPARE_OP 148; POP_JUMP_IF_FALSE 11; NOT_TAKEN 0; LOAD_FAST_BORROW 0; LOAD_SMALL_INT 1; BINARY_OP 23; STORE_FAST 0; JUMP_BACKWARD 1; LOAD_FAST_BORROW 0; RETURN_VALUE 0",
            CompiledFunction.Ops("n", "while n > 0:\n    n -= 1\nreturn n"));

    [Fact]
    public void If_elif_else_branches_with_each_arm_duplicating_the_small_return_after_it() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW 0; LOAD_SMALL_INT 0; COMPARE_OP 18; POP_JUMP_IF_FALSE 10; NOT_TAKEN 0; LOAD_CONST 1; STORE_FAST 1; LOAD_FAST_BORROW 1; RETURN_VALUE 0; LOAD_FAST_BORROW 0; LOAD_SMALL_INT 0; COMPARE_OP 88; POP_JUMP_IF_FALSE 19; NOT_TAKEN 0; LOAD_SMALL_INT 0; STORE_FAST 1; LOAD_FAST_BORROW 1; RETURN_VALUE 0; LOAD_SMALL_INT 1; STORE_FAST 1; LOAD_FAST_BORROW 1; RETURN_VALUE 0",
            CompiledFunction.Ops("x", "if x < 0:\n    y = -1\nelif x == 0:\n    y = 0\nelse:\n    y = 1\nreturn y"));

    [Fact]
    public void Break_pops_the_iterator_and_leaves_the_loop() =>
        Assert.Equal("RESUME 0; LOAD_GLOBAL 1; LOAD_FAST_BORROW 0; CALL 1; GET_ITER 0; FOR_ITER 16; STORE_FAST 1; LOAD_FAST_BORROW 1; LOAD_SMALL_INT 3; COMPARE_OP 88; POP_JUMP_IF_TRUE 13; NOT_TAKEN 0; JUMP_BACKWARD 5; POP_TOP 0; LOAD_FAST_BORROW 0; RETURN_VALUE 0; END_FOR 0; POP_ITER 0; LOAD_FAST_BORROW 0; RETURN_VALUE 0",
            CompiledFunction.Ops("n", "for i in range(n):\n    if i == 3:\n        break\nreturn n"));

    [Fact]
    public void Continue_jumps_back_to_FOR_ITER() =>
        Assert.Equal("RESUME 0; LOAD_SMALL_INT 0; STORE_FAST 1; LOAD_GLOBAL 1; LOAD_FAST_BORROW 0; CALL 1; GET_ITER 0; FOR_ITER 20; STORE_FAST 2; LOAD_FAST_BORROW 2; LOAD_SMALL_INT 2; BINARY_OP 6; TO_BOOL 0; POP_JUMP_IF_FALSE 16; NOT_TAKEN 0; JUMP_BACKWARD 7; LOAD_FAST_BORROW_LOAD_FAST_BORROW 18; BINARY_OP 13; STORE_FAST 1; JUMP_BACKWARD 7; END_FOR 0; POP_ITER 0; LOAD_FAST_BORROW 1; RETURN_VALUE 0",
            CompiledFunction.Ops("n", "t = 0\nfor i in range(n):\n    if i % 2:\n        continue\n    t += i\nreturn t"));

    [Fact]
    public void And_or_as_values_keep_the_deciding_operand() =>
        Assert.Equal("RESUME 0; LOAD_FAST 0; COPY 1; TO_BOOL 0; POP_JUMP_IF_FALSE 12; NOT_TAKEN 0; POP_TOP 0; LOAD_FAST 1; COPY 1; TO_BOOL 0; POP_JUMP_IF_TRUE 14; NOT_TAKEN 0; POP_TOP 0; LOAD_FAST 0; RETURN_VALUE 0",
            CompiledFunction.Ops("a, b", "return a and b or a"));

    [Fact]
    public void Not_as_a_value_converts_to_bool_then_negates() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW 0; TO_BOOL 0; UNARY_NOT 0; RETURN_VALUE 0",
            CompiledFunction.Ops("a", "return not a"));

    [Fact]
    public void And_or_not_in_a_condition_compile_to_jumps() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW 0; TO_BOOL 0; POP_JUMP_IF_FALSE 9; NOT_TAKEN 0; LOAD_FAST_BORROW 1; TO_BOOL 0; POP_JUMP_IF_FALSE 13; NOT_TAKEN 0; LOAD_FAST_BORROW 1; TO_BOOL 0; POP_JUMP_IF_FALSE 15; NOT_TAKEN 0; LOAD_SMALL_INT 1; RETURN_VALUE 0; LOAD_SMALL_INT 2; RETURN_VALUE 0",
            CompiledFunction.Ops("a, b", "if a and not b or b:\n    return 1\nreturn 2"));

    [Fact]
    public void Arithmetic_operators_have_Pythons_precedence_and_NB_opargs() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW_LOAD_FAST_BORROW 1; BINARY_OP 0; LOAD_FAST_BORROW_LOAD_FAST_BORROW 1; BINARY_OP 5; LOAD_FAST_BORROW 0; BINARY_OP 11; LOAD_FAST_BORROW 1; BINARY_OP 2; LOAD_FAST_BORROW_LOAD_FAST_BORROW 1; BINARY_OP 8; BINARY_OP 6; BINARY_OP 10; RETURN_VALUE 0",
            CompiledFunction.Ops("a, b", "return a + b - a * b / a // b % a ** b"));

    [Fact]
    public void Unary_minus_is_UNARY_NEGATIVE() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW 0; UNARY_NEGATIVE 0; RETURN_VALUE 0",
            CompiledFunction.Ops("a", "return -a"));

    [Fact]
    public void A_chained_comparison_as_a_value_uses_SWAP_and_COPY() =>
        Assert.Equal("RESUME 0; LOAD_FAST_LOAD_FAST 1; SWAP 2; COPY 2; COMPARE_OP 2; COPY 1; TO_BOOL 0; POP_JUMP_IF_FALSE 13; NOT_TAKEN 0; POP_TOP 0; LOAD_FAST_BORROW 2; COMPARE_OP 42; RETURN_VALUE 0; SWAP 2; POP_TOP 0; RETURN_VALUE 0",
            CompiledFunction.Ops("a, b, c", "return a < b <= c"));

    [Fact]
    public void A_chained_comparison_in_a_condition_jumps_to_a_cleanup_POP_TOP() =>
        Assert.Equal("RESUME 0; LOAD_FAST_LOAD_FAST 1; SWAP 2; COPY 2; COMPARE_OP 18; POP_JUMP_IF_FALSE 14; NOT_TAKEN 0; LOAD_FAST_BORROW 2; COMPARE_OP 119; POP_JUMP_IF_FALSE 17; NOT_TAKEN 0; NOP 0; LOAD_FAST_BORROW 0; RETURN_VALUE 0; POP_TOP 0; LOAD_FAST_BORROW 2; RETURN_VALUE 0; LOAD_FAST_BORROW 2; RETURN_VALUE 0",
            CompiledFunction.Ops("a, b, c", "if a < b != c:\n    return a\nreturn c"));

    [Fact]
    public void Subscripts_load_with_BINARY_OP_26_and_store_with_STORE_SUBSCR() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW_LOAD_FAST_BORROW 1; LOAD_SMALL_INT 1; BINARY_OP 0; BINARY_OP 26; LOAD_FAST_BORROW_LOAD_FAST_BORROW 1; STORE_SUBSCR 0; LOAD_FAST_BORROW 0; LOAD_SMALL_INT 0; BINARY_OP 26; RETURN_VALUE 0",
            CompiledFunction.Ops("xs, i", "xs[i] = xs[i + 1]\nreturn xs[0]"));

    [Fact]
    public void Augmented_assignment_to_a_name_uses_the_in_place_oparg() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW 0; LOAD_SMALL_INT 3; BINARY_OP 18; STORE_FAST 0; LOAD_FAST_BORROW 0; RETURN_VALUE 0",
            CompiledFunction.Ops("a", "a *= 3\nreturn a"));

    [Fact]
    public void Augmented_assignment_to_a_subscript_copies_container_and_index() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW_LOAD_FAST_BORROW 1; COPY 2; COPY 2; BINARY_OP 26; LOAD_SMALL_INT 1; BINARY_OP 13; SWAP 3; SWAP 2; STORE_SUBSCR 0; LOAD_FAST_BORROW 0; RETURN_VALUE 0",
            CompiledFunction.Ops("xs, i", "xs[i] += 1\nreturn xs"));

    [Fact]
    public void Swapping_by_tuple_assignment_becomes_two_fused_stores() =>
        Assert.Equal("RESUME 0; LOAD_FAST_LOAD_FAST 16; STORE_FAST_STORE_FAST 16; LOAD_FAST_BORROW 0; RETURN_VALUE 0",
            CompiledFunction.Ops("a, b", "a, b = b, a\nreturn a"));

    [Fact]
    public void Unpacking_a_value_uses_UNPACK_SEQUENCE() =>
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW 0; UNPACK_SEQUENCE 2; STORE_FAST_STORE_FAST 18; LOAD_FAST_BORROW 2; RETURN_VALUE 0",
            CompiledFunction.Ops("t", "a, b = t\nreturn b"));

    [Fact]
    public void Builtin_calls_load_the_global_with_its_NULL_and_CALL() =>
        Assert.Equal("RESUME 0; LOAD_GLOBAL 1; LOAD_FAST_BORROW 0; CALL 1; LOAD_GLOBAL 3; LOAD_CONST 2; CALL 1; BINARY_OP 0; LOAD_GLOBAL 5; LOAD_SMALL_INT 1; LOAD_SMALL_INT 2; CALL 2; BINARY_OP 0; LOAD_GLOBAL 7; LOAD_FAST_BORROW 0; CALL 1; BINARY_OP 0; LOAD_GLOBAL 9; LOAD_CONST 1; CALL 1; BINARY_OP 0; LOAD_GLOBAL 11; LOAD_SMALL_INT 1; CALL 1; BINARY_OP 0; RETURN_VALUE 0",
            CompiledFunction.Ops("xs", "return len(xs) + abs(-2) + min(1, 2) + max(xs) + int(2.5) + float(1)"));

    [Fact]
    public void A_bare_return_returns_None() =>
        Assert.Equal("RESUME 0; LOAD_CONST 0; RETURN_VALUE 0",
            CompiledFunction.Ops("", "return"));

    [Fact]
    public void Falling_off_the_end_returns_None() =>
        Assert.Equal("RESUME 0; LOAD_SMALL_INT 1; STORE_FAST 0; LOAD_CONST 1; RETURN_VALUE 0",
            CompiledFunction.Ops("x", "x = 1"));

    [Fact]
    public void A_local_possibly_unbound_loads_with_LOAD_FAST_CHECK() =>
        Assert.Equal("RESUME 0; LOAD_GLOBAL 1; LOAD_FAST_BORROW 0; CALL 1; GET_ITER 0; FOR_ITER 10; STORE_FAST 1; LOAD_FAST 1; STORE_FAST 2; JUMP_BACKWARD 5; END_FOR 0; POP_ITER 0; LOAD_FAST_CHECK 2; RETURN_VALUE 0",
            CompiledFunction.Ops("n", "for i in range(n):\n    y = i\nreturn y"));

    [Fact]
    public void Constant_arithmetic_folds_as_3_14_does() =>
        Assert.Equal("RESUME 0; LOAD_SMALL_INT 11; RETURN_VALUE 0",
            CompiledFunction.Ops("", "return 2 * 3 + 4 - -1"));

    [Fact]
    public void Pass_compiles_to_nothing() =>
        Assert.Equal("RESUME 0; LOAD_CONST 0; RETURN_VALUE 0",
            CompiledFunction.Ops("", "pass"));

    [Fact]
    public void An_expression_statement_pops_its_value() =>
        Assert.Equal("RESUME 0; LOAD_GLOBAL 1; LOAD_FAST_BORROW 0; CALL 1; POP_TOP 0; LOAD_CONST 0; RETURN_VALUE 0",
            CompiledFunction.Ops("xs", "len(xs)"));

    [Fact]
    public void Each_path_falling_off_the_end_gets_its_own_return_with_its_line()
    {
        CodeObject code = CompiledFunction.Compile("x", "if x:\n    x = 1\nelif x > 3:\n    x = 2");
        Assert.Equal("RESUME 0; LOAD_FAST_BORROW 0; TO_BOOL 0; POP_JUMP_IF_FALSE 9; NOT_TAKEN 0; LOAD_SMALL_INT 1; STORE_FAST 0; LOAD_CONST 1; RETURN_VALUE 0; LOAD_FAST_BORROW 0; LOAD_SMALL_INT 3; COMPARE_OP 148; POP_JUMP_IF_FALSE 18; NOT_TAKEN 0; LOAD_SMALL_INT 2; STORE_FAST 0; LOAD_CONST 1; RETURN_VALUE 0; LOAD_CONST 1; RETURN_VALUE 0",
            string.Join("; ", code.Instructions.Select(i => $"{i.Opcode} {i.Arg}")));
        Assert.Equal([5, 5, 4, 4], code.Instructions.TakeLast(4).Select(i => i.Pos.Line));
    }
}
