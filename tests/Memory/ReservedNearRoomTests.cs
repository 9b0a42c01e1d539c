using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Memory;

/// <summary>
/// The room the runtime library reserves beside itself for near code (stencils/runtime/sb_near.c):
/// found in any process, however crowded the address space around the library is.
/// </summary>
[Collection(MappingsCollection.Name)]
public unsafe class ReservedNearRoomTests
{
    [Fact]
    public void Near_code_lies_in_the_room_the_runtime_reserves_beside_its_own_code()
    {
        using var backend = new CopyAndPatchBackend(new CopyAndPatchOptions(Memory: CodeMemoryStrategy.NearArena), 100, "#000000");
        long size;
        long room = NativeMethods.sb_near_room(&size);
        using var native = new NativeTrace(WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace);
        using var compiled = (CopyAndPatchTrace)backend.Compile(native);
        Assert.True(compiled.Address >= room && compiled.Address < room + size, $"code at 0x{compiled.Address:x}, the room at 0x{room:x} ({size} bytes)");
    }

    [Fact]
    public void A_view_outside_the_reserved_room_is_not_the_runtimes_to_give_back()
    {
        byte[] elsewhere = new byte[16];
        fixed (byte* p = elsewhere)
        {
            Assert.Equal(-1, NativeMethods.sb_near_unmap((nint)p, elsewhere.Length));
        }
    }
}
