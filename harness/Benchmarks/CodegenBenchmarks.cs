using BenchmarkDotNet.Attributes;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Harness.Backends;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Benchmarks;

/// <summary>
/// BenchmarkDotNet microbenchmarks of codegen: each JIT compiling a few workload traces (short,
/// medium, long), one benchmark method per backend so that copy-and-patch is the baseline every
/// other is a ratio of, per workload. Unlike <c>run</c>, each operation includes freeing the
/// code (BenchmarkDotNet times whole invocations), so these are an upper bound and a cross-check.
/// </summary>
public class CodegenBenchmarks
{
    public const string Baseline = "copy-and-patch";

    private readonly Dictionary<string, IBackend> _backends = [];
    private NativeTrace? _trace;

    [Params("fibonacci", "sieve", "bubble_sort_pass")]
    public string Workload { get; set; } = "fibonacci";

    [GlobalSetup]
    public void Setup()
    {
        _trace = new NativeTrace(WorkloadCatalog.Load().Get(Workload).Instantiate().Trace);
        foreach (var b in new BackendRegistry().Default)
        {
            _backends[b.Name] = b;
        }
    }

    [Benchmark(Baseline = true, Description = Baseline)]
    public int CopyAndPatch() => Compile(Baseline);

    [Benchmark(Description = "template")]
    public int Template() => Compile("template");

    [Benchmark(Description = "llvm-O0")]
    public int LlvmO0() => Compile("llvm-O0");

    [Benchmark(Description = "llvm-O2")]
    public int LlvmO2() => Compile("llvm-O2");

    [GlobalCleanup]
    public void Cleanup() => _trace?.Dispose();

    private int Compile(string backend)
    {
        var b = _backends[backend];
        if (b.Unavailable is string why)
        {
            throw new InvalidOperationException($"{backend}: unavailable: {why}");
        }
        using var compiled = b.Compile(_trace!);
        return compiled.CodeBytes;
    }
}
