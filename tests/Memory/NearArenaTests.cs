using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Memory;

/// <summary>The near arena: code placed within ±2 GB of the runtime, so calls through GOT slots become direct.</summary>
public unsafe class NearArenaTests
{
    private static CopyAndPatchBackend Near() => new(new CopyAndPatchOptions(Memory: CodeMemoryStrategy.NearArena), 100, "#000000");

    private static IEnumerable<Trace> Traces() => WorkloadCatalog.Load().All.Select(w => w.Instantiate().Trace);

    [Fact]
    public void Every_byte_of_the_code_is_within_rel32_reach_of_every_runtime_symbol()
    {
        using var backend = Near();
        var symbols = backend.Stencils.Symbols.Select(s => (long)RuntimeSymbols.Shared.Address(s)).ToList();
        foreach (var trace in Traces())
        {
            using var native = new NativeTrace(trace);
            using var compiled = (CopyAndPatchTrace)backend.Compile(native);
            long start = compiled.Address, end = start + compiled.Layout.TotalSize;
            Assert.All(symbols, s => Assert.True(Math.Abs(s - start) <= int.MaxValue && Math.Abs(s - end) <= int.MaxValue,
                $"{trace.Name}: code at 0x{start:x}, symbol at 0x{s:x}"));
        }
    }

    [Fact]
    public void Every_call_jump_and_load_through_a_got_slot_is_made_direct()
    {
        using var backend = Near();
        var set = backend.Stencils;
        var relaxations = set.Architecture.Holes[HoleKind.X86_64GotRelative32].Relaxations;
        int relaxable = 0;
        foreach (var trace in Traces())
        {
            using var native = new NativeTrace(trace);
            using var compiled = (CopyAndPatchTrace)backend.Compile(native);
            var layout = compiled.Layout;
            for (int i = 0; i <= native.Length; i++)
            {
                var group = i == 0 ? set.Shim : set.Uops[native[i - 1].Opcode];
                foreach (var hole in group.Code.Holes.Where(h => h.Kind == HoleKind.X86_64GotRelative32 && h.Offset < layout.CodeLengths[i]))
                {
                    fixed (byte* stencil = group.Code.Body)
                    {
                        byte* original = stencil + hole.Offset;
                        Relaxation? relaxation = null;
                        foreach (var r in relaxations)
                        {
                            relaxation ??= r.Matches(original) ? r : null;
                        }
                        if (relaxation is null)
                        {
                            continue; // no direct form of this instruction
                        }
                        relaxable++;
                        byte* patched = (byte*)compiled.Address + layout.CodeOffsets[i] + hole.Offset;
                        Assert.True(relaxation.WasApplied(patched), $"{trace.Name}: uop {i - 1} hole at +{hole.Offset} still reads its GOT slot");
                    }
                }
            }
        }
        Assert.True(relaxable > 0, "no workload calls the runtime through a GOT slot");
    }
}
