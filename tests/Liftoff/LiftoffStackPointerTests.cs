using StencilBench.Backends.Template;

namespace StencilBench.Tests.Liftoff;

/// <summary>
/// What makes template-liftoff Liftoff-like and the strong template not: where the value stack's
/// pointer lives between uops, read off the machine code of every workload.
/// </summary>
public class LiftoffStackPointerTests
{
    public static TheoryData<string> Workloads() => new(StackPointerCode.Workloads());

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Every_uop_starts_by_reading_the_stack_pointer_from_the_frame(string workload)
    {
        var code = StackPointerCode.Of(new TemplateBackend(TemplateVariant.Liftoff), workload);
        Assert.All(code.UopRegions, region =>
            Assert.True(code.In(region).Any() && StackPointerCode.ReadsFrameStackPointer(code.In(region).First()),
                $"uop {region.UopIndex} ({region.UopName}) does not start by reading frame->stackpointer"));
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Every_change_of_the_stack_pointer_is_written_to_the_frame_at_once(string workload)
    {
        var code = StackPointerCode.Of(new TemplateBackend(TemplateVariant.Liftoff), workload);
        var all = code.Instructions;
        Assert.Contains(all, i => StackPointerCode.MovesR12(i));
        for (int n = 0; n < all.Count; n++)
        {
            if (StackPointerCode.MovesR12(all[n]))
            {
                Assert.True(n + 1 < all.Count && StackPointerCode.WritesFrameStackPointer(all[n + 1]),
                    $"{all[n]} at {all[n].IP:x} is not followed by a write of frame->stackpointer");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void The_strong_template_reads_the_stack_pointer_from_the_frame_only_on_entry(string workload)
    {
        var code = StackPointerCode.Of(new TemplateBackend(), workload);
        Assert.Single(code.Instructions, i => StackPointerCode.ReadsFrameStackPointer(i));
    }
}
