using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.Tos;

/// <summary>
/// What each top-of-stack variant does with the stack in memory, read from its disassembly in the
/// generated dump: on x86-64 the stencils get the stack pointer in r13 (preserve_none's second
/// argument), so a stack access is an operand based on %r13.
/// </summary>
public class TosStencilTrafficTests
{
    [Theory]
    [InlineData("_BINARY_OP_ADD_INT__tos2")]
    [InlineData("_COMPARE_OP_FLOAT__tos2")]
    [InlineData("_LOAD_FAST__tos0")]
    [InlineData("_LOAD_FAST__tos2")]
    [InlineData("_STORE_FAST__tos1")]
    [InlineData("_ITER_NEXT_RANGE__tos1")]
    public void A_variant_with_its_inputs_cached_touches_no_stack_memory(string variant) =>
        Assert.Empty(StackAccesses(variant));

    [Theory]
    [InlineData("_BINARY_OP_ADD_INT__tos0")]
    [InlineData("_STORE_FAST__tos0")]
    [InlineData("_GUARD_BOTH_INT__tos0")]
    public void A_variant_entered_at_depth_zero_reads_its_inputs_from_the_stack(string variant) =>
        Assert.Contains(StackAccesses(variant), IsRead);

    [Fact]
    public void A_push_onto_a_full_cache_spills_the_deepest_value() =>
        Assert.True(StackAccesses("_LOAD_FAST__tos3") is [var store] && !IsRead(store));

    [Theory]
    [InlineData("_GUARD_BOTH_INT__tos2", 2)]
    [InlineData("_GUARD_TOS_INT__tos1", 1)]
    [InlineData("_GUARD_NOS_INT__tos3", 3)]
    [InlineData("_COMPARE_OP_INT__tos2", 2)]
    public void A_guard_only_writes_its_cached_values_to_the_stack_to_leave(string variant, int depth)
    {
        var accesses = StackAccesses(variant);
        Assert.Equal(depth, accesses.Count);
        Assert.DoesNotContain(accesses, IsRead);
    }

    [Fact]
    public void An_error_spills_the_cached_values_below_the_inputs() =>
        // _BINARY_OP_ADD_INT at depth 3: left and right cached above one more value, written out only on the error path.
        Assert.True(StackAccesses("_BINARY_OP_ADD_INT__tos3") is [var store] && !IsRead(store));

    // AT&T operand order: a store names %r13's memory last.
    private static bool IsRead(string line) => !System.Text.RegularExpressions.Regex.IsMatch(line, @", -?(0x[0-9a-f]+)?\(%r13\)\s*$");

    private static List<string> StackAccesses(string variant)
    {
        string dump = Path.Combine(TestPaths.RepositoryRoot, "backends", "CopyAndPatch", "generated",
            TosStencilCommand.GoldenFileName(Targets.Get("x86_64-unknown-linux-gnu")));
        var lines = File.ReadAllLines(dump);
        int start = Array.FindIndex(lines, l => l.StartsWith($"## {variant}:", StringComparison.Ordinal));
        Assert.True(start >= 0, $"no stencil {variant} in {dump}");
        int end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        int disassembly = Array.FindIndex(lines, start, l => l == "disassembly:");
        return [.. lines[disassembly..(end < 0 ? lines.Length : end)].Where(l => l.Contains("(%r13", StringComparison.Ordinal))];
    }
}
