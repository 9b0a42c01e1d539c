using StencilBench.Core.Backends;
using StencilBench.Harness.Backends;

namespace StencilBench.Tests.Differential;

/// <summary>Every registered backend but the reference, as test data: a new backend is held to the interpreter by being registered.</summary>
public static class JitBackends
{
    public static IBackend Get(string name) => new BackendRegistry().Get(name);

    public static IEnumerable<string> Names() =>
        new BackendRegistry().All.Where(b => b.Name != "interp").Select(b => b.Name);

    /// <summary>How many random traces each backend is checked on: LLVM compiles take milliseconds, so it gets fewer.</summary>
    public static int RandomTraceCount(string backend) => backend switch
    {
        "llvm-O0" => 300,
        "llvm-O2" => 150,
        _ => 1000,
    };
}
