using StencilBench.Core.Traces;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Optimizing;

namespace StencilBench.Tests.Optimizing;

/// <summary>Small verified traces written as trace files, and what a pass makes of them.</summary>
internal static class SmallTraces
{
    /// <summary>A trace of the uops (one a line) over the header's frame (default: locals a = 1, b = 2.5).</summary>
    public static Trace Of(string uops, string header = "locals: a = 1, b = 2.5\n") =>
        TraceFileParser.Parse($"name: t\n{header}trace:\n{uops}expect:\n    exit: exit\n", "t.uops").Instantiate().Trace;

    /// <summary>The uop names of the main trace.</summary>
    public static string[] Names(Trace trace) => [.. trace.Instructions.Take(trace.MainLength).Select(u => u.Uop.Name)];

    /// <summary>The main trace's uop names after the pass.</summary>
    public static string[] After(ITracePass pass, string uops, string header = "locals: a = 1, b = 2.5\n") =>
        Names(pass.Run(Of(uops, header)).After);
}
