using StencilBench.Core.Uops;

namespace StencilBench.Tests.Tos;

/// <summary>
/// The top-of-stack planner: the depth each uop is entered with follows from the one before, and
/// is canonical (0, the whole stack in memory) wherever a jump, an error or the entry arrives and
/// before a uop that uses the stack itself.
/// </summary>
public class TosPlannerTests
{
    public static TheoryData<string> Workloads => [.. PlannedWorkload.Workloads()];

    [Theory, MemberData(nameof(Workloads))]
    public void The_trace_is_entered_at_depth_zero(string workload)
    {
        using var w = new PlannedWorkload(workload);
        Assert.Equal(0, w.Plan.Depths[0]);
    }

    [Theory, MemberData(nameof(Workloads))]
    public void Every_jump_and_error_target_is_entered_at_depth_zero(string workload)
    {
        using var w = new PlannedWorkload(workload);
        var plan = w.Plan;
        foreach (var instruction in plan.Instructions)
        {
            foreach (int target in new[] { instruction.JumpTarget, instruction.ErrorTarget }.Where(t => t < plan.Instructions.Length))
            {
                Assert.Equal(0, plan.Depths[target]);
                Assert.False(w.IsSpill(target), $"{workload}: a jump lands on the spill at {target}, not past it");
            }
        }
    }

    [Theory, MemberData(nameof(Workloads))]
    public void Each_uop_is_entered_with_the_depth_the_one_before_left(string workload)
    {
        using var w = new PlannedWorkload(workload);
        var plan = w.Plan;
        for (int i = 1; i < plan.Instructions.Length; i++)
        {
            Assert.Equal(PlannedWorkload.Map.OutDepth[plan.Instructions[i - 1].Opcode], plan.Depths[i]);
        }
    }

    [Theory, MemberData(nameof(Workloads))]
    public void Each_instruction_is_the_variant_of_its_uop_at_its_depth(string workload)
    {
        using var w = new PlannedWorkload(workload);
        var plan = w.Plan;
        for (int i = 0; i < plan.Instructions.Length; i++)
        {
            int expected = w.IsSpill(i)
                ? PlannedWorkload.Map.Spill[plan.Depths[i]]
                : PlannedWorkload.Map.Variant(w.Trace[plan.Origin[i]].Opcode, plan.Depths[i]);
            Assert.Equal(expected, plan.Instructions[i].Opcode);
        }
    }

    [Theory, MemberData(nameof(Workloads))]
    public void A_uop_that_leaves_the_trace_is_entered_at_depth_zero(string workload)
    {
        using var w = new PlannedWorkload(workload);
        for (int i = 0; i < w.Plan.Instructions.Length; i++)
        {
            if (!w.IsSpill(i) && (w.OriginalUop(i).Flags & UopFlags.LeavesTrace) != 0)
            {
                Assert.Equal(0, w.Plan.Depths[i]);
            }
        }
    }

    [Fact]
    public void Fibonaccis_add_finds_both_operands_in_registers()
    {
        using var w = new PlannedWorkload("fibonacci");
        int add = Enumerable.Range(0, w.Plan.Instructions.Length).Single(i => !w.IsSpill(i) && w.OriginalUop(i).Name == "_BINARY_OP_ADD_INT");
        Assert.Equal(3, w.Plan.Depths[add]); // b, a and b: the load of a and b spilled the iterator
    }

    [Fact]
    public void Fibonaccis_loop_needs_no_spill()
    {
        using var w = new PlannedWorkload("fibonacci");
        Assert.Equal(0, w.Plan.Spills);
    }
}
