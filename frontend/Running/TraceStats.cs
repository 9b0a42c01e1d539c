using StencilBench.Core.Traces;

namespace StencilBench.Frontend.Running;

/// <summary>What tier 2 did during one call: the trace it formed, the time in each step, how it left.</summary>
public sealed class TraceStats
{
    /// <summary>The projected trace (before the optimizer), or null when none formed.</summary>
    public Trace? Projected { get; set; }

    /// <summary>The trace the backend compiled (after the optimizer).</summary>
    public Trace? Optimized { get; set; }

    /// <summary>Why a warm loop got no trace (the frame held what a trace cannot, the verifier said no).</summary>
    public string? Failure { get; set; }

    public int Entries { get; set; }
    public Dictionary<ExitKind, int> Exits { get; } = [];
    public double ProjectNanoseconds { get; set; }
    public double CompileNanoseconds { get; set; }
    public double RunNanoseconds { get; set; }
}
