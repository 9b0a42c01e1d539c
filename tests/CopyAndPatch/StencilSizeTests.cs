using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Uops;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>
/// Code bytes a uop costs in a trace (its stencil less the dropped jump) are no more than
/// CPython 3.14.7's JIT stencils for the same uop on x86-64 Linux.
/// </summary>
public class StencilSizeTests
{
    [Theory]
    [InlineData("_LOAD_FAST", 32)]
    [InlineData("_JUMP_TO_TOP", 5)]
    [InlineData("_SET_IP", 15)]
    [InlineData("_GUARD_TOS_INT", 33)]
    [InlineData("_BINARY_OP_ADD_INT", 211)]
    [InlineData("_COMPARE_OP_INT", 348)]
    public void Stencil_is_no_larger_than_cpythons(string uop, int cpythonBytes)
    {
        var group = new CopyAndPatchBackend().Stencils.Uops[UopTable.Get(uop).Id];
        Assert.InRange(group.Code.Body.Length - group.TrailingJumpLength, 1, cpythonBytes);
    }
}
