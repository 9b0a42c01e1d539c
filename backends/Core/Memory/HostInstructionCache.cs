using System.Runtime.InteropServices;
using StencilBench.Core.Native;

namespace StencilBench.Core.Memory;

/// <summary>
/// The host's instruction-cache flush. x86 and x86-64 keep instruction fetch coherent with stores,
/// so there it does nothing; elsewhere (aarch64...) it calls the runtime's <c>sb_flush_icache</c>
/// (stencils/runtime/sb_icache.c), which cleans and invalidates the range.
/// </summary>
public sealed unsafe class HostInstructionCache : IInstructionCache
{
    private HostInstructionCache()
    {
    }

    public static HostInstructionCache Instance { get; } = new();

    /// <summary>True when this architecture needs an explicit flush.</summary>
    public static bool NeedsFlush => RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.X86);

    public void Flush(nint address, nuint length)
    {
        if (NeedsFlush)
        {
            var flush = (delegate* unmanaged<nint, nuint, void>)RuntimeSymbols.Shared.Address("sb_flush_icache");
            flush(address, length);
        }
    }
}
