using StencilBench.Core.Backends;
using StencilBench.Harness.Backends;

namespace StencilBench.Tests.Differential;

/// <summary>Every registered backend but the reference, as test data: a new backend is held to the interpreter by being registered.</summary>
public static class JitBackends
{
    public static IBackend Get(string name) => new BackendRegistry().Get(name);

    public static IEnumerable<string> Names() => new BackendRegistry().Others.Select(b => b.Name);

    /// <summary>How many random traces a backend is checked on: its descriptor's budget (LLVM compiles take milliseconds, so it gets fewer).</summary>
    public static int RandomTraceCount(string backend) => Get(backend).Descriptor.RandomTraceBudget;
}
