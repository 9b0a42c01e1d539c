using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Memory;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;
using StencilBench.Harness.Loader;

namespace StencilBench.Harness.Targets;

/// <summary>
/// A loader process whose addresses another target's code is patched for when its codegen is
/// timed here: i686 Windows' stencils have 32-bit holes, which cannot hold this 64-bit process's
/// runtime, constants or code addresses. The loader (started at the first use, once) gives its
/// runtime's symbol addresses and its own constant objects; the code is mapped below 2 GB here.
/// So the bytes timed are the code a 32-bit process would run, not a stand-in with made-up
/// addresses. Never run here.
/// </summary>
public sealed class LoaderAddressSpace(LoaderTarget loader) : IDisposable
{
    private LoaderProcess? _process;
    private LoaderRunner? _runner;

    /// <summary>The space <paramref name="triple"/>'s code is patched for when timed on <paramref name="host"/>, or null when this process's serves.</summary>
    public static LoaderAddressSpace? For(string triple, string host) =>
        LoaderTarget.NativeFor(triple, host) is { } loader ? new(loader) : null;

    /// <summary>Copy-and-patch for the loader's target, patched for the loader's runtime and this process's low pages.</summary>
    public TargetBackend CopyAndPatch() =>
        new(new CopyAndPatchBackend(loader.Triple, set => Runner.Symbols(set), new Below2GCodeMemory()), loader.Triple, runsHere: false, Resolved);

    /// <summary>The trace with the loader's constants and descriptors as its operands.</summary>
    public NativeTrace Resolved(Trace trace) => Runner.Resolved(trace);

    private LoaderRunner Runner => _runner ??= new LoaderRunner(_process = loader.Start(), HostStencils.TryCreate(loader.Triple, out _));

    public void Dispose() => _process?.Dispose();
}
