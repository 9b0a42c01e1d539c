using System.Runtime.InteropServices;
using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// How one target's code meets the runtime in this process: what each runtime symbol its holes
/// name is patched with, and what the host calls to enter a trace. Code of the host's calling
/// convention takes the runtime's own symbols and is entered directly. Code of x86-64 Windows
/// (the Microsoft x64 convention) takes the runtime's ms_abi face on an x86-64 SysV host
/// (stencils/runtime/sb_msabi.c: a wrapper per function, data as it is) and is entered through
/// its thunk, sb_msabi_enter.
/// </summary>
public sealed unsafe class RuntimeBridge
{
    private const string MicrosoftX64 = "x86_64-pc-windows-msvc";

    private readonly bool _msabi;
    private readonly Lazy<nint> _thunk = new(() => RuntimeSymbols.Shared.Address("sb_msabi_enter"));

    private RuntimeBridge(bool msabi) => _msabi = msabi;

    public static RuntimeBridge For(string triple) => new(triple == MicrosoftX64);

    /// <summary>Code of this target is entered through a thunk, not called directly.</summary>
    public bool Bridged => _msabi;

    /// <summary>The address a hole naming <paramref name="symbol"/> is patched with; throws naming a symbol the runtime has none for.</summary>
    public nint Address(string symbol)
    {
        if (!_msabi)
        {
            return RuntimeSymbols.Shared.Address(symbol);
        }
        var lookup = (delegate* unmanaged<byte*, nint>)RuntimeSymbols.Shared.Address("sb_msabi_symbol");
        nint name = Marshal.StringToCoTaskMemUTF8(symbol);
        try
        {
            nint address = lookup((byte*)name);
            return address != 0 ? address
                : throw new EntryPointNotFoundException($"the runtime has no Microsoft-ABI entry for '{symbol}' (stencils/runtime/sb_msabi.c lists what Windows stencils may call)");
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
        }
    }

    /// <summary>Runs the trace whose shim is at <paramref name="entry"/>; returns the SB_EXIT_* kind it left with.</summary>
    public long Enter(nint entry, SbFrame* frame, SbThreadState* ts) =>
        _msabi
            ? ((delegate* unmanaged<nint, SbFrame*, SbThreadState*, long>)_thunk.Value)(entry, frame, ts)
            : ((delegate* unmanaged<SbFrame*, SbThreadState*, long>)entry)(frame, ts);
}
