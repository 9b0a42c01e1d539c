using StencilBench.Backends.Template;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Template;

/// <summary>What <c>disasm</c> and the measurements read from a template-compiled trace.</summary>
public class TemplateMachineCodeTests
{
    private static NativeTrace Fibonacci() => new(WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace);

    [Fact]
    public void Regions_name_every_uop_in_trace_order()
    {
        using var trace = Fibonacci();
        using var compiled = new TemplateBackend().Compile(trace);
        var straight = compiled.Code!.Regions.Where(r => !r.UopName.EndsWith("(cold)", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, trace.Length), straight.Select(r => r.UopIndex));
        Assert.Equal(trace.Trace.Instructions.Select(i => i.Uop.Name), straight.Select(r => r.UopName));
    }

    [Fact]
    public void Regions_lie_inside_the_code_without_overlapping()
    {
        using var trace = Fibonacci();
        using var compiled = new TemplateBackend().Compile(trace);
        int end = 0;
        foreach (var r in compiled.Code!.Regions.OrderBy(r => r.Offset).ThenBy(r => r.Length))
        {
            Assert.True(r.Offset >= end || r.Length == 0, $"{r} overlaps the region before it");
            end = Math.Max(end, r.Offset + r.Length);
        }
        Assert.True(end <= compiled.CodeBytes);
    }

    [Fact]
    public void Code_bytes_are_the_machine_code_length()
    {
        using var trace = Fibonacci();
        using var compiled = new TemplateBackend().Compile(trace);
        Assert.Equal(compiled.CodeBytes, compiled.Code!.Bytes.Length);
    }

    [Fact]
    public void Code_size_is_the_same_wherever_the_code_lands()
    {
        using var trace = Fibonacci();
        var backend = new TemplateBackend();
        var sizes = Enumerable.Range(0, 8).Select(_ =>
        {
            using var compiled = backend.Compile(trace);
            return compiled.CodeBytes;
        }).Distinct();
        Assert.Single(sizes);
    }

    [Fact]
    public void Phases_cover_mapping_assembling_and_protecting()
    {
        using var trace = Fibonacci();
        using var compiled = new TemplateBackend().Compile(trace);
        Assert.Equal(["mmap", "emit", "assemble", "mprotect"], compiled.Phases.Select(p => p.Name));
    }
}
