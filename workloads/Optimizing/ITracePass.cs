using StencilBench.Core.Traces;

namespace StencilBench.Workloads.Optimizing;

/// <summary>
/// One trace optimizer pass: a verified trace in, a trace that computes the same thing out (same
/// exit, frame, reference counts and errors on every path), with what it removed or rewrote.
/// </summary>
public interface ITracePass
{
    /// <summary>The name <c>show --optimized</c> and the switches use: <c>set-ip</c>, <c>types</c>, ...</summary>
    string Name { get; }

    PassResult Run(Trace trace);
}
