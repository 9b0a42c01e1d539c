using System.Collections.Immutable;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>The x86-64 instruction rewrites a patch may make (the bytes before the hole, in order).</summary>
public static class X86_64Relaxations
{
    /// <summary>
    /// A load through a GOT slot whose target is within rel32 reach becomes the direct form, of the
    /// same length (the linker's GOTPCRELX relaxation), tried in this order.
    /// </summary>
    public static ImmutableArray<Relaxation> GotLoads { get; } =
    [
        // call *slot(%rip) -> addr32 call target: the addr32 prefix keeps the length.
        new("direct call", [0xFF, 0xFF], [0xFF, 0x15], [0x67, 0xE8]),
        // jmp *slot(%rip) -> nop; jmp target.
        new("direct jump", [0xFF, 0xFF], [0xFF, 0x25], [0x90, 0xE9]),
        // mov slot(%rip), %reg (REX.W) -> lea target(%rip), %reg.
        new("lea", [0xF8, 0xFF, 0xC7], [0x48, 0x8B, 0x05], [null, 0x8D, null]),
    ];
}
