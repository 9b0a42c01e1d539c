namespace StencilBench.Harness.Measure;

/// <summary>Takes one timed sample of one backend; the interleaver calls them round-robin.</summary>
public interface ISampler
{
    string Backend { get; }

    /// <summary>How many compiles or runs one sample times (set by calibration).</summary>
    int Batch { get; }

    /// <summary>One sample, in the figure's unit (ns per trace, ns per iteration).</summary>
    double Sample();
}
