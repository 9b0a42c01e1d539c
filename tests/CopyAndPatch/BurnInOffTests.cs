using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>
/// copy-and-patch+noburnin: nothing of an instruction is burned into the code. Two traces that
/// differ only in their opargs, operands and targets get the same code bytes; only the instruction
/// records after the code differ.
/// </summary>
public class BurnInOffTests
{
    private const int Capacity = 1 << 20;

    [Fact]
    public void Without_burn_in_traces_differing_only_in_oparg_operand_and_target_get_identical_code()
    {
        var backend = new CopyAndPatchBackend(CopyAndPatchOptions.Default with { BurnIn = false }, 0, "#000000");
        foreach (var workload in WorkloadCatalog.Load().All)
        {
            var (before, after) = CodeBeforeAndAfterChangingInstructions(backend, workload);
            Assert.True(before.SequenceEqual(after), $"{workload.Name}: the code changed with the instructions' oparg, operand or target");
        }
    }

    [Fact]
    public void With_burn_in_the_same_change_shows_in_the_code()
    {
        var backend = new CopyAndPatchBackend();
        var workload = WorkloadCatalog.Load().All.First(w => w.Name == "fibonacci");
        var (before, after) = CodeBeforeAndAfterChangingInstructions(backend, workload);
        Assert.False(before.SequenceEqual(after));
    }

    [Fact]
    public void The_noburnin_stencils_have_no_oparg_operand_or_target_holes()
    {
        var set = new CopyAndPatchBackend(CopyAndPatchOptions.Default with { BurnIn = false }, 0, "#000000").Stencils;
        HoleValue[] burnedIn = [HoleValue.Oparg, HoleValue.Operand0, HoleValue.Target, HoleValue.JumpTarget, HoleValue.ErrorTarget];
        Assert.All(set.Uops.Append(set.Shim), g => Assert.DoesNotContain(g.Code.Holes, h => burnedIn.Contains(h.Value)));
    }

    [Fact]
    public unsafe void The_record_table_holds_each_instruction_and_its_code_address()
    {
        var backend = new CopyAndPatchBackend(CopyAndPatchOptions.Default with { BurnIn = false }, 0, "#000000");
        using var trace = new NativeTrace(WorkloadCatalog.Load().All.First(w => w.Name == "fibonacci").Instantiate().Trace);
        byte[] memory = new byte[Capacity];
        fixed (byte* p = memory)
        {
            var layout = backend.CopyAndPatchInto(trace, p, Capacity);
            for (int i = 0; i < trace.Length; i++)
            {
                byte* record = p + layout.RecordsOffset + (i * RecordTableWriter.RecordSize);
                Assert.Equal(trace[i].Operand0, *(ulong*)(record + 16));
                Assert.Equal((ulong)(p + layout.CodeOffsets[i + 1]), *(ulong*)(record + 24));
            }
        }
    }

    // The code bytes (shim, uops, trap) compiled into one buffer, then again after every
    // instruction's oparg, operand and target changed.
    private static unsafe (byte[] Before, byte[] After) CodeBeforeAndAfterChangingInstructions(CopyAndPatchBackend backend, WorkloadDefinition workload)
    {
        using var trace = new NativeTrace(workload.Instantiate().Trace);
        byte[] memory = new byte[Capacity];
        fixed (byte* p = memory)
        {
            var layout = backend.CopyAndPatchInto(trace, p, Capacity);
            byte[] before = memory[..layout.CodeSize];
            for (int i = 0; i < trace.Length; i++)
            {
                trace.Instructions[i].Oparg ^= 1;
                trace.Instructions[i].Operand0 += 8;
                trace.Instructions[i].Target += 3;
            }
            layout = backend.CopyAndPatchInto(trace, p, Capacity);
            return (before, memory[..layout.CodeSize]);
        }
    }
}
