using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Memory;

/// <summary>Each code memory strategy of copy-and-patch, through the backend: W^X, freeing, the same results as interp.</summary>
[Collection(MappingsCollection.Name)]
public class CodeMemoryStrategyTests
{
    public static TheoryData<CodeMemoryStrategy> Strategies =>
        [CodeMemoryStrategy.PerTrace, CodeMemoryStrategy.PooledArena, CodeMemoryStrategy.DualMapped, CodeMemoryStrategy.NearArena];

    private static CopyAndPatchBackend Backend(CodeMemoryStrategy memory) => new(new CopyAndPatchOptions(Memory: memory), 100, "#000000");

    private static List<Trace> Traces() => [.. WorkloadCatalog.Load().All.Select(w => w.Instantiate().Trace)];

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Every_workload_gives_the_interpreters_result(CodeMemoryStrategy memory)
    {
        using var backend = Backend(memory);
        var interp = new InterpBackend();
        foreach (var trace in Traces())
        {
            Assert.Null(TraceRunner.Run(backend, trace).DifferenceFrom(TraceRunner.Run(interp, trace)));
        }
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void The_code_a_trace_runs_is_never_writable(CodeMemoryStrategy memory)
    {
        using var backend = Backend(memory);
        foreach (var trace in Traces())
        {
            using var native = new NativeTrace(trace);
            using var compiled = (CopyAndPatchTrace)backend.Compile(native);
            var mapping = ProcessMaps.At(compiled.Address);
            Assert.NotNull(mapping);
            Assert.True(mapping.Executable && !mapping.Writable, $"{trace.Name}: {mapping.Permissions}");
        }
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void No_mapping_is_writable_and_executable_while_traces_compile(CodeMemoryStrategy memory)
    {
        using var backend = Backend(memory);
        var compiled = new List<ICompiledTrace>();
        foreach (var trace in Traces())
        {
            using var native = new NativeTrace(trace);
            compiled.Add(backend.Compile(native));
            Assert.DoesNotContain(ProcessMaps.Read(), m => m.Writable && m.Executable);
        }
        compiled.ForEach(c => c.Dispose());
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Disposing_the_traces_and_the_backend_unmaps_their_code(CodeMemoryStrategy memory)
    {
        var natives = Traces().Select(t => new NativeTrace(t)).ToList();
        var backend = Backend(memory);
        var compiled = natives.Select(n => (CopyAndPatchTrace)backend.Compile(n)).ToList();
        var mappings = compiled.Select(c => (c.Address, Mapping: ProcessMaps.At(c.Address))).ToList();
        Assert.All(mappings, m => Assert.NotNull(m.Mapping));
        compiled.ForEach(c => c.Dispose());
        backend.Dispose();
        // Gone: nothing there, or a mapping of another range or permissions (.NET's own W^X maps
        // and unmaps read-write views of its code as it jits, and may reuse a freed address).
        Assert.All(mappings, m => Assert.NotEqual(m.Mapping, ProcessMaps.At(m.Address)));
        natives.ForEach(n => n.Dispose());
    }

    [Fact]
    public void An_arena_reuses_the_space_of_a_disposed_trace()
    {
        using var backend = Backend(CodeMemoryStrategy.DualMapped);
        using var native = new NativeTrace(Traces()[0]);
        nint first;
        using (var compiled = (CopyAndPatchTrace)backend.Compile(native))
        {
            first = compiled.Address;
        }
        using var again = (CopyAndPatchTrace)backend.Compile(native);
        Assert.Equal(first, again.Address);
    }
}
