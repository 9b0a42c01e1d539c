using StencilBench.Core.Backends;
using StencilBench.Core.Native;

namespace StencilBench.Harness.Measure;

/// <summary>
/// Times trace in → executable code out for one backend. Calibration compiles once to warm up,
/// then picks how many compiles one sample holds so that it lasts about the target time
/// (thousands for sub-µs backends, one for LLVM). The compiled traces are kept until the clock
/// stops and disposed after, so freeing code is not counted. Phases are averaged over every compile timed.
/// </summary>
public sealed class CodegenSampler(IBackend backend, NativeTrace trace) : ISampler
{
    private readonly Dictionary<string, (double Sum, int Count)> _phases = [];
    private readonly List<string> _phaseOrder = [];

    public string Backend => backend.Name;
    public int Batch { get; private set; } = 1;
    public int CodeBytes { get; private set; }

    /// <summary>
    /// Warms up (compiles for <paramref name="warmupNs"/>, at least once, so that .NET's tiered
    /// JIT has promoted a managed backend's hot code), then doubles a trial batch until it lasts
    /// a quarter of the target, and scales the batch to the target. Returns the ns of one compile.
    /// </summary>
    public double Calibrate(double targetNs, int maxBatch, double warmupNs = 0)
    {
        long begin = Clock.Now();
        do
        {
            using var first = ExecutorGraph.Compile(backend, trace);
            CodeBytes = first.CodeBytes;
        }
        while (Clock.NsSince(begin) < warmupNs);
        Batch = 1;
        double perCompile = Sample();
        while (perCompile * Batch < targetNs / 4 && Batch < maxBatch)
        {
            Batch = Math.Min(Batch * 2, maxBatch);
            perCompile = Sample();
        }
        Batch = (int)Math.Clamp(Math.Ceiling(targetNs / Math.Max(perCompile, 1)), 1, maxBatch);
        _phases.Clear();
        _phaseOrder.Clear();
        return perCompile;
    }

    public double Sample()
    {
        var compiled = new ICompiledTrace[Batch];
        long start = Clock.Now();
        for (int i = 0; i < compiled.Length; i++)
        {
            compiled[i] = ExecutorGraph.Compile(backend, trace);
        }
        double ns = Clock.NsSince(start);
        foreach (var c in compiled)
        {
            foreach (var phase in c.Phases)
            {
                if (!_phases.TryGetValue(phase.Name, out var acc))
                {
                    _phaseOrder.Add(phase.Name);
                }
                _phases[phase.Name] = (acc.Sum + phase.Nanoseconds, acc.Count + 1);
            }
            c.Dispose();
        }
        return ns / compiled.Length;
    }

    /// <summary>Mean ns of each phase over every compile timed, in the order the backend reports them.</summary>
    public IReadOnlyList<(string Name, double Ns)> Phases => [.. _phaseOrder.Select(n => (n, _phases[n].Sum / _phases[n].Count))];
}
