using StencilBench.Core.Native;

namespace StencilBench.Core.Backends;

/// <summary>
/// A compilation strategy: turns a loaded trace into something that runs on a frame.
/// One class per strategy (interp, copy-and-patch, template, llvm-O0, llvm-O2).
/// </summary>
public interface IBackend
{
    /// <summary>What it is called, shown as, needs and was written from.</summary>
    BackendDescriptor Descriptor { get; }

    /// <summary>The name users type: <c>interp</c>, <c>copy-and-patch</c>, ...</summary>
    string Name => Descriptor.Name;

    /// <summary>One line: what it is and what real system it stands for.</summary>
    string Description => Descriptor.Description;

    /// <summary>Null when the backend works here; otherwise one line saying what is missing.</summary>
    string? Unavailable { get; }

    /// <summary>Trace in, runnable code out. This is what codegen time measures.</summary>
    ICompiledTrace Compile(NativeTrace trace);
}

/// <summary>A trace compiled by one backend. Disposing frees its code.</summary>
public interface ICompiledTrace : IDisposable
{
    /// <summary>Bytes of machine code emitted (0 for the interpreter).</summary>
    int CodeBytes { get; }

    /// <summary>Where codegen time went, phase by phase, in the order they ran.</summary>
    IReadOnlyList<CodegenPhase> Phases { get; }

    /// <summary>The machine code with uop boundaries, for <c>disasm</c>; null for the interpreter.</summary>
    MachineCode? Code { get; }

    /// <summary>Runs the trace on the frame until it leaves; returns the SB_EXIT_* kind.</summary>
    unsafe long Run(SbFrame* frame, SbThreadState* ts);
}

/// <summary>One phase of codegen and its duration.</summary>
public sealed record CodegenPhase(string Name, double Nanoseconds);

/// <summary>Where one uop's code starts in a compiled trace.</summary>
public sealed record CodeRegion(int UopIndex, string UopName, int Offset, int Length);

/// <summary>A patched place in the code (a copy-and-patch hole), shown by <c>disasm</c>.</summary>
public sealed record CodeMark(int Offset, int Length, string Text);

/// <summary>A compiled trace's machine code, copied out for display.</summary>
public sealed record MachineCode(
    byte[] Bytes,
    ulong Address,
    string Architecture,
    IReadOnlyList<CodeRegion> Regions,
    IReadOnlyList<CodeMark> Marks);
