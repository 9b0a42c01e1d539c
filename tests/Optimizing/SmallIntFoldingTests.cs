using StencilBench.Workloads.Optimizing;
using static StencilBench.Tests.Optimizing.SmallTraces;

namespace StencilBench.Tests.Optimizing;

/// <summary>Constant small ints: arithmetic on two of them folds when the result is a small int; a constant popped unused goes.</summary>
public class SmallIntFoldingTests
{
    private static readonly SmallIntFolding Pass = new();

    [Fact]
    public void Sum_of_two_small_ints_folds_into_one_load()
    {
        var after = Pass.Run(Of("    _LOAD_SMALL_INT_2\n    _LOAD_SMALL_INT 40\n    _BINARY_OP_ADD_INT\n    _STORE_FAST_0\n    _EXIT_TRACE\n")).After;
        Assert.Equal(["_LOAD_SMALL_INT", "_STORE_FAST_0", "_EXIT_TRACE"], Names(after));
        Assert.Equal(42, after.Instructions[0].Oparg);
    }

    [Fact]
    public void Fold_to_a_small_value_uses_its_fixed_oparg_spelling() =>
        Assert.Equal(["_LOAD_SMALL_INT_3", "_STORE_FAST_0", "_EXIT_TRACE"],
            After(Pass, "    _LOAD_SMALL_INT 5\n    _LOAD_SMALL_INT_2\n    _BINARY_OP_SUBTRACT_INT\n    _STORE_FAST_0\n    _EXIT_TRACE\n"));

    [Fact]
    public void Product_past_the_small_ints_is_left_alone() =>
        Assert.Equal(["_LOAD_SMALL_INT", "_LOAD_SMALL_INT_2", "_BINARY_OP_MULTIPLY_INT", "_STORE_FAST_0", "_EXIT_TRACE"],
            After(Pass, "    _LOAD_SMALL_INT 200\n    _LOAD_SMALL_INT_2\n    _BINARY_OP_MULTIPLY_INT\n    _STORE_FAST_0\n    _EXIT_TRACE\n"));

    [Fact]
    public void Difference_below_zero_is_left_alone() =>
        Assert.Equal(["_LOAD_SMALL_INT_1", "_LOAD_SMALL_INT_2", "_BINARY_OP_SUBTRACT_INT", "_STORE_FAST_0", "_EXIT_TRACE"],
            After(Pass, "    _LOAD_SMALL_INT_1\n    _LOAD_SMALL_INT_2\n    _BINARY_OP_SUBTRACT_INT\n    _STORE_FAST_0\n    _EXIT_TRACE\n"));

    [Fact]
    public void Constant_popped_unused_goes_with_its_pop() =>
        Assert.Equal(["_EXIT_TRACE"], After(Pass, "    _LOAD_SMALL_INT_1\n    _POP_TOP\n    _EXIT_TRACE\n"));

    [Fact]
    public void Fold_drops_the_error_stub_of_the_arithmetic()
    {
        var after = Pass.Run(Of("    _LOAD_SMALL_INT_2\n    _LOAD_SMALL_INT_2\n    _BINARY_OP_ADD_INT\n    _STORE_FAST_0\n    _EXIT_TRACE\n")).After;
        Assert.Equal(after.MainLength, after.Instructions.Count);
    }

    [Fact]
    public void Constants_a_jump_lands_between_are_left_alone() =>
        Assert.Equal(["_LOAD_FAST_0", "_GUARD_TOS_INT", "_POP_TOP", "_LOAD_SMALL_INT_1", "_POP_TOP", "_EXIT_TRACE"],
            After(Pass, "    _LOAD_FAST_0\n    _GUARD_TOS_INT jump=pop\n    _POP_TOP\n    _LOAD_SMALL_INT_1\npop:\n    _POP_TOP\n    _EXIT_TRACE\n"));
}
