using System.Text.RegularExpressions;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.CopyAndPatch.Generated;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Aarch64;

/// <summary>
/// The aarch64-apple-darwin stencils the build made: they run in an aarch64 Linux process, so they
/// must not reach the runtime with a BL (it lies anywhere) nor keep anything below the stack
/// pointer (Linux has no red zone: a signal frame would land there); and once copied and patched,
/// each adrp/ldr pair reads its own GOT slot.
/// </summary>
public partial class Aarch64DarwinStencilTests
{
    private const string Triple = "aarch64-apple-darwin";

    private static StencilSet Set => StencilRegistry.All.Single(f => f.Key == Triple).Create();

    [Fact]
    public void No_branch_of_a_stencil_goes_to_the_runtime()
    {
        var set = Set;
        var calls = set.Uops.Append(set.Shim).SelectMany(g => g.Code.Holes.Where(h => h.Kind == HoleKind.Aarch64Branch26 && h.Value == HoleValue.Symbol)
            .Select(h => $"{g.Name}+0x{h.Offset:x} -> {set.Symbols[h.Symbol]}"));
        Assert.Empty(calls);
    }

    [Fact]
    public void No_stencil_addresses_memory_below_its_stack_pointer()
    {
        // [sp, #-n]! moves sp down first (a push); [sp, #-n] without the ! uses a red zone.
        string golden = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "golden", $"stencils.{Triple}.txt"));
        Assert.Empty(BelowStackPointer().Matches(golden).Select(m => m.Value));
    }

    [Fact]
    public unsafe void Every_got_load_of_a_patched_trace_reads_its_own_slot()
    {
        var backend = new CopyAndPatchBackend(Triple);
        var set = backend.Stencils;
        using var trace = new NativeTrace(WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace);
        byte[] memory = new byte[1 << 20];
        int checkedPairs = 0;
        fixed (byte* p = memory)
        {
            var layout = backend.CopyAndPatchInto(trace, p, memory.Length);
            for (int i = 0; i <= trace.Length; i++)
            {
                var group = i == 0 ? set.Shim : set.Uops[trace.Instructions[i - 1].Opcode];
                foreach (var hole in group.Code.Holes.Where(h => h.Offset < layout.CodeLengths[i]))
                {
                    byte* at = p + layout.CodeOffsets[i] + hole.Offset;
                    ulong slot = (ulong)(p + layout.DataOffsets[i] + hole.Addend);
                    uint word = *(uint*)at;
                    if (hole.Kind == HoleKind.Aarch64AdrpPage21)
                    {
                        long pages = ((long)(((word >> 5) & 0x7FFFF) << 2 | ((word >> 29) & 3)) << 43) >> 43;
                        Assert.True((ulong)(((long)at >> 12) + pages) == slot >> 12, $"{group.Name}+0x{hole.Offset:x}: adrp reaches page {(((long)at >> 12) + pages):x}, its slot is on page {slot >> 12:x}");
                        checkedPairs++;
                    }
                    else if (hole.Kind == HoleKind.Aarch64Load64PageOffset12)
                    {
                        Assert.True(((word >> 10) & 0xFFF) * 8 == (slot & 0xFFF), $"{group.Name}+0x{hole.Offset:x}: ldr reads offset 0x{((word >> 10) & 0xFFF) * 8:x} of its page, its slot is at 0x{slot & 0xFFF:x}");
                    }
                }
            }
        }
        Assert.True(checkedPairs > 0, "fibonacci's darwin stencils have no adrp to check");
    }

    [GeneratedRegex(@"\[sp, #-0x[0-9a-f]+\](?!!)")]
    private static partial Regex BelowStackPointer();
}
