using StencilBench.Core.Backends;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Harness.Backends;

namespace StencilBench.Tests.Differential;

/// <summary>Every registered backend but the reference, as test data: a new backend is held to the interpreter by being registered.</summary>
public static class JitBackends
{
    /// <summary>
    /// Copy-and-patch with the stencils of another target whose code runs on this host too (the
    /// same instruction set and calling convention, or x86-64 Windows through the runtime's ms_abi
    /// bridge): named <c>copy-and-patch@triple</c>.
    /// </summary>
    public static IReadOnlyList<string> HostRunnableTargets { get; } = ["x86_64-apple-darwin", "x86_64-pc-windows-msvc"];

    private const string CopyAndPatchFor = "copy-and-patch@";

    public static IBackend Get(string name) =>
        name.StartsWith(CopyAndPatchFor, StringComparison.Ordinal)
            ? new CopyAndPatchBackend(name[CopyAndPatchFor.Length..])
            : new BackendRegistry().Get(name);

    public static IEnumerable<string> Names() =>
        new BackendRegistry().Others.Select(b => b.Name).Concat(HostRunnableTargets.Select(t => CopyAndPatchFor + t));

    /// <summary>How many random traces a backend is checked on: its descriptor's budget (LLVM compiles take milliseconds, so it gets fewer).</summary>
    public static int RandomTraceCount(string backend) => Get(backend).Descriptor.RandomTraceBudget;
}
