using BenchmarkDotNet.Attributes;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;
using StencilBench.Harness.Backends;

namespace StencilBench.Harness.Benchmarks;

/// <summary>
/// BenchmarkDotNet microbenchmarks of codegen: each available backend compiling a few workload
/// traces (short, medium, long). Unlike <c>run</c>, each operation includes freeing the code
/// (BenchmarkDotNet times whole invocations), so these are an upper bound and a cross-check.
/// </summary>
public class CodegenBenchmarks
{
    private IBackend? _backend;
    private NativeTrace? _trace;

    public static IEnumerable<string> Backends() => new BackendRegistry().Default.Where(b => b.Unavailable is null).Select(b => b.Name);

    [ParamsSource(nameof(Backends))]
    public string Backend { get; set; } = "";

    [Params("fibonacci", "sieve", "bubble_sort_pass")]
    public string Workload { get; set; } = "fibonacci";

    [GlobalSetup]
    public void Setup()
    {
        _backend = new BackendRegistry().Get(Backend);
        _trace = new NativeTrace(WorkloadCatalog.Load().Get(Workload).Instantiate().Trace);
    }

    [Benchmark(Description = "compile")]
    public int Compile()
    {
        using var compiled = _backend!.Compile(_trace!);
        return compiled.CodeBytes;
    }

    [GlobalCleanup]
    public void Cleanup() => _trace?.Dispose();
}
