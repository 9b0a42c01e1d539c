using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// What copy-and-patch needs to know of an instruction set at run time: how each hole kind is
/// written. Everything else (the trap, the code itself) comes from the stencils clang built.
/// </summary>
public unsafe interface IArchitecture
{
    /// <summary>The name disassemblers know the code by (x86_64, aarch64...).</summary>
    string Name { get; }

    /// <summary>The first component of the triples whose stencils this patches (x86_64 in x86_64-unknown-linux-gnu).</summary>
    string TriplePrefix { get; }

    /// <summary>One entry per <see cref="HoleKind"/> this architecture's stencils use, indexed by the kind.</summary>
    HoleFormats Holes { get; }

    /// <summary>Writes one hole with this architecture's patch function for its kind.</summary>
    void Patch(HoleKind kind, byte* location, ulong value);

    /// <summary>
    /// Copies and patches a trace, writing through <paramref name="write"/> code that will run at
    /// <paramref name="run"/> (a dual mapping's two views; the same address otherwise):
    /// <see cref="TraceEmitter.Emit{TPatcher}"/> for this architecture.
    /// </summary>
    void Emit(StencilSet set, ulong[] symbols, NativeTrace trace, TraceLayout layout, byte* write, nint run);

    /// <summary>Copies and patches a trace into <paramref name="memory"/>, where it will run.</summary>
    void Emit(StencilSet set, ulong[] symbols, NativeTrace trace, TraceLayout layout, byte* memory) =>
        Emit(set, symbols, trace, layout, memory, (nint)memory);
}
