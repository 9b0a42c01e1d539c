using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>
/// What the holes of each target's stencils are patched with in this process: the runtime's own
/// symbols for code of the host's convention; for x86-64 Windows code, the runtime's ms_abi face
/// (a wrapper per function, data as it is), and a symbol without one is one line.
/// </summary>
public class RuntimeBridgeTests
{
    private static readonly RuntimeBridge Windows = RuntimeBridge.For("x86_64-pc-windows-msvc");

    [Fact]
    public void Host_code_takes_the_runtimes_own_function()
    {
        Assert.Equal(RuntimeSymbols.Shared.Address("sb_dealloc"), RuntimeBridge.For(HostTriple.Current).Address("sb_dealloc"));
    }

    [Fact]
    public void Windows_code_takes_a_functions_microsoft_abi_wrapper()
    {
        Assert.NotEqual(RuntimeSymbols.Shared.Address("sb_int_add"), Windows.Address("sb_int_add"));
    }

    [Fact]
    public void Windows_code_takes_a_datums_own_address()
    {
        Assert.Equal(RuntimeSymbols.Shared.Address("_SbSmallInts"), Windows.Address("_SbSmallInts"));
    }

    [Fact]
    public void Windows_code_is_entered_through_the_thunk()
    {
        Assert.True(Windows.Bridged);
        Assert.False(RuntimeBridge.For(HostTriple.Current).Bridged);
    }

    [Fact]
    public void A_symbol_without_a_microsoft_abi_entry_is_one_line_naming_it()
    {
        var e = Assert.Throws<EntryPointNotFoundException>(() => Windows.Address("sb_frame_new"));
        Assert.Equal("the runtime has no Microsoft-ABI entry for 'sb_frame_new' (stencils/runtime/sb_msabi.c lists what Windows stencils may call)", e.Message);
    }

    [Fact]
    public unsafe void A_descriptor_carries_a_microsoft_abi_pair_apart_from_its_own()
    {
        var descr = (SbBinaryOpDescr*)NativeMethods.sb_binary_op_extend_descr(0);
        Assert.NotEqual(descr->Guard, descr->MsabiGuard);
        Assert.NotEqual(descr->Action, descr->MsabiAction);
        Assert.NotEqual(0, descr->MsabiGuard);
    }
}
