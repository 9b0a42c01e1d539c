using StencilBench.Core.Backends;
using StencilBench.Core.Native;

namespace StencilBench.Harness.Measure;

/// <summary>
/// Warms up a fresh process before it times anything: compiles the trace on each backend, in
/// turn, for the given time each (at least once), so that the .NET JIT has promoted the managed
/// backends' hot code to optimized tiers as it has in a long-running process.
/// </summary>
public static class ProcessWarmup
{
    public static void Run(IReadOnlyList<IBackend> backends, NativeTrace trace, double perBackendNs)
    {
        foreach (var b in backends)
        {
            long begin = Clock.Now();
            do
            {
                using var compiled = ExecutorGraph.Compile(b, trace);
            }
            while (Clock.NsSince(begin) < perBackendNs);
        }
    }
}
