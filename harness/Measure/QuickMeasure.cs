using Stopwatch = System.Diagnostics.Stopwatch;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;

namespace StencilBench.Harness.Measure;

/// <summary>
/// A quick measurement of one backend on one trace: codegen time (compile + dispose) and
/// execution time per loop iteration, each the median of several repetitions. The careful,
/// interleaved measurement with confidence intervals is <c>run</c>'s default mode.
/// </summary>
public static unsafe class QuickMeasure
{
    public static double Ns(long ticks) => ticks * 1e9 / Stopwatch.Frequency;

    /// <summary>Median ns to compile the trace (code ready to run), over <paramref name="repeats"/>.</summary>
    public static double CodegenNs(IBackend backend, NativeTrace trace, int repeats)
    {
        var samples = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            long start = Stopwatch.GetTimestamp();
            using (ExecutorGraph.Compile(backend, trace))
            {
                samples[i] = Ns(Stopwatch.GetTimestamp() - start);
            }
        }
        return Median(samples);
    }

    /// <summary>Median ns per loop iteration of running the compiled trace on a fresh frame.</summary>
    public static double ExecutionNsPerIteration(ICompiledTrace compiled, Trace trace, double iterations, int repeats)
    {
        var samples = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            using var frame = new FrameHandle(trace);
            long start = Stopwatch.GetTimestamp();
            compiled.Run(frame.Frame, frame.ThreadState);
            samples[i] = Ns(Stopwatch.GetTimestamp() - start) / Math.Max(1, iterations);
        }
        return Median(samples);
    }

    public static double Median(double[] samples)
    {
        var sorted = (double[])samples.Clone();
        Array.Sort(sorted);
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
