using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;

namespace StencilBench.Harness.Measure;

/// <summary>
/// Times one compiled trace running: each sample runs it a calibrated number of times, each on a
/// fresh frame made before the clock starts and freed after it stops, and gives ns per loop
/// iteration (the workload's iterations per run).
/// </summary>
public sealed unsafe class ExecutionSampler(string backendName, ICompiledTrace compiled, Trace trace, long iterations) : ISampler
{
    public string Backend => backendName;
    public int Batch { get; private set; } = 1;

    /// <summary>Runs for about <paramref name="warmupNs"/> (at least 3 runs), then sizes the batch.</summary>
    public void WarmUp(double warmupNs, double targetNs, int maxBatch)
    {
        var times = new List<double>();
        long begin = Clock.Now();
        while (times.Count < 3 || (Clock.NsSince(begin) < warmupNs && times.Count < 100_000))
        {
            times.Add(RunOnce());
        }
        times.Sort();
        double typical = times[times.Count / 2];
        Batch = (int)Math.Clamp(Math.Ceiling(targetNs / Math.Max(typical, 1)), 1, maxBatch);
    }

    public double Sample()
    {
        var frames = new FrameHandle[Batch];
        for (int i = 0; i < frames.Length; i++)
        {
            frames[i] = new FrameHandle(trace);
        }
        long start = Clock.Now();
        foreach (var f in frames)
        {
            compiled.Run(f.Frame, f.ThreadState);
        }
        double ns = Clock.NsSince(start);
        foreach (var f in frames)
        {
            f.Dispose();
        }
        return ns / (frames.Length * (double)Math.Max(1, iterations));
    }

    private double RunOnce()
    {
        using var frame = new FrameHandle(trace);
        long start = Clock.Now();
        compiled.Run(frame.Frame, frame.ThreadState);
        return Clock.NsSince(start);
    }
}
